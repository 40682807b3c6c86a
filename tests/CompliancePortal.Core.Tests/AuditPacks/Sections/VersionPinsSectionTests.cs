using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.AuditPacks.Sections;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.AuditPacks.Sections;

public class VersionPinsSectionTests
{
    private const string Found = "0000000000000000000000000000000000000000000000000000000000000001";
    private static readonly DateTimeOffset CheckedAt = new(2026, 11, 22, 7, 45, 0, TimeSpan.Zero);

    [Fact]
    public void CheckElements_WithoutACheck_SayNoneWasRunAndTheHashesAreTheRegisteredOnes()
    {
        var manifest = new AuditPackManifest();

        var text = PackElements.Text(VersionPinsSection.CheckElements(Version(), null, manifest, "Version pins"));

        Assert.Contains("No reproducibility check has been run for 2.1.0", text);
        Assert.Empty(manifest.Entries);
    }

    [Fact]
    public void Rows_PairEachItemWithItsPin_AndTakeTheFoundHashOnlyFromItemsTheCheckReRead()
    {
        var rows = ReproducibilityRows.From(Version(), Check());

        Assert.Equal(["Artifact", "Code commit", "Environment lock", "Dataset version"], rows.Select(r => r.Kind));
        Assert.Equal(Build.ArtifactSha256, rows[0].Expected);
        Assert.Equal(Found, rows[0].Found);
        Assert.Equal(Build.Commit, rows[1].Expected);
        Assert.Null(rows[1].Found);
        Assert.Equal(Build.EnvironmentLockHash, rows[2].Expected);
        Assert.Equal(new string('c', 64), rows[3].Expected);
        Assert.Null(rows[3].Found);
    }

    [Fact]
    public void CheckElements_ShowTheOutcomeWhoCheckedAndWhen_EachItemsStatusExpectedAndFound_AndHashTheCheck()
    {
        var manifest = new AuditPackManifest();

        var text = PackElements.Text(VersionPinsSection.CheckElements(Version(), Check(), manifest, "Version pins"));

        Assert.Contains("Latest check: FAILED, checked 2026-11-22 07:45:00 UTC by Priya Raman.", text);
        Assert.Contains($"Artifact: s3://models/credit/2.1.0/model.onnx | MISMATCH | expected {Build.ArtifactSha256}\nfound {Found}", text);
        Assert.Contains("Code commit: https://git.example.com/risk/credit.git@" + Build.Commit + " | Pinned, not reachable | expected " + Build.Commit + "\nfound not re-read", text);
        Assert.Contains("Dataset version: loans@2026-10-01 (s3://lake/loans/) | Pinned, not reachable", text);
        var entry = Assert.Single(manifest.Entries);
        Assert.StartsWith("Reproducibility check ", entry.Evidence);
        Assert.Matches("^[0-9a-f]{64}$", entry.Sha256);
    }

    private static ReproducibilityCheckView Check() => new(Guid.NewGuid(), false,
    [
        LocalArtifactProbe.Compare("Artifact", "s3://models/credit/2.1.0/model.onnx", Build.ArtifactSha256, Convert.FromHexString(Found)),
        new ReproducibilityItem("Code commit", "https://git.example.com/risk/credit.git@" + Build.Commit, ReproducibilityStatus.PinnedNotReachable, "Pinned to a full commit id."),
        new ReproducibilityItem("Environment lock", "sha256:" + Build.EnvironmentLockHash, ReproducibilityStatus.PinnedNotReachable, "The lock file's SHA-256 is pinned."),
        new ReproducibilityItem("Dataset version", "loans@2026-10-01 (s3://lake/loans/)", ReproducibilityStatus.PinnedNotReachable, "The portal cannot read s3:// locations."),
    ], "Priya Raman", CheckedAt);

    private static VersionView Version() => new(Guid.NewGuid(), "credit-default-pd", "Credit default PD", RiskTier.High, "2.1.0",
        "s3://models/credit/2.1.0/model.onnx", Build.ArtifactSha256, "https://git.example.com/risk/credit.git", Build.Commit, Build.EnvironmentLockHash,
        ChangeClass.Minor, ModelStage.Staging, null, "Olivia Owens", CheckedAt.AddDays(-3),
        [new DatasetVersionView(Guid.NewGuid(), "loans@2026-10-01", "loans", "Loans", "warehouse", "Warehouse", "2026-10-01", "s3://lake/loans/",
            new string('c', 64), 1000, null, CheckedAt.AddDays(-30))]);
}
