using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.AuditPacks.Sections;

namespace CompliancePortal.Core.Tests.AuditPacks.Sections;

public class DriftThresholdsSectionTests
{
    [Fact]
    public void Describe_WithoutAPolicy_SaysNoThresholdsWereDefinedForTheVersion()
    {
        var manifest = new AuditPackManifest();

        var text = PackElements.Text(DriftThresholdsSection.Describe("2.1.0", null, manifest, "Drift thresholds"));

        Assert.Contains("No drift thresholds have been defined for 2.1.0.", text);
        Assert.Empty(manifest.Entries);
    }

    [Fact]
    public void Describe_ListsEachMonitoredFeatureWithMethodAndBothThresholds_WhoSetThemAndWhen_AndHashesThePolicy()
    {
        var manifest = new AuditPackManifest();
        var policy = new DriftPolicyRecord(
        [
            new DriftThreshold("debt_to_income", DriftMethod.Psi, 0.1, 0.25),
            new DriftThreshold("income", DriftMethod.KolmogorovSmirnov, 0.08, 0.15),
            new DriftThreshold("roc_auc", DriftMethod.MetricDrop, 0.03, 0.05),
        ], "Olivia Owens", new DateTimeOffset(2026, 11, 21, 14, 2, 9, TimeSpan.Zero), 2, new string('d', 64));

        var text = PackElements.Text(DriftThresholdsSection.Describe("2.1.0", policy, manifest, "Drift thresholds"));

        Assert.Contains("Set by Olivia Owens at 2026-11-21 14:02:09 UTC (revision 2).", text);
        Assert.Contains("debt_to_income | PSI (population stability index) | 0.1 | 0.25", text);
        Assert.Contains("income | KS statistic | 0.08 | 0.15", text);
        Assert.Contains("roc_auc | Metric drop (relative) | 0.03 | 0.05", text);
        Assert.Contains(new string('d', 64), text);
        var entry = Assert.Single(manifest.Entries);
        Assert.Equal("Drift policy of 2.1.0 (revision 2)", entry.Evidence);
        Assert.Equal(AuditPackManifest.HashOf(policy), entry.Sha256);
    }
}
