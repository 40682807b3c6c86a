using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>Each version's drift policy: what is monitored, by which method, at which warning and critical levels, and who set it when.</summary>
public sealed class DriftThresholdsSection(DriftPolicyService drift) : IAuditPackSection
{
    public string Title => "Drift thresholds";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var elements = new List<DocumentElement>();
        foreach (var v in context.Versions)
        {
            var policy = await drift.GetAsync(v.ModelKey, v.Label, ct);
            elements.AddRange(Describe(v.Label, policy is null ? null : DriftPolicyRecord.From(policy), context.Manifest, Title));
        }
        if (context.Versions.Count == 0)
        {
            elements.Add(new ParagraphElement("No versions of this model are registered, so no drift thresholds are defined."));
        }
        return elements;
    }

    internal static IReadOnlyList<DocumentElement> Describe(string version, DriftPolicyRecord? policy, AuditPackManifest manifest, string section)
    {
        var elements = new List<DocumentElement> { new HeadingElement(2, $"Drift thresholds of version {version}") };
        if (policy is null)
        {
            elements.Add(new ParagraphElement($"No drift thresholds have been defined for {version}."));
            return elements;
        }
        manifest.AddRecord(section, $"Drift policy of {version} (revision {policy.Revision})", policy);
        elements.Add(new ParagraphElement($"Set by {policy.SetBy} at {PackText.Time(policy.SetAt)} (revision {policy.Revision}). " +
            $"{policy.Thresholds.Count} monitored feature(s) or metric(s)."));
        elements.Add(new TableElement(
            [TableCell.Text("Monitored feature or metric"), TableCell.Text("Method"), TableCell.Text("Warning at"), TableCell.Text("Critical at")],
            policy.Thresholds.Select(t => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(t.Monitored), TableCell.Text(MethodName(t.Method)), TableCell.Text(PackText.Number(t.Warning)),
                TableCell.Text(PackText.Number(t.Critical)),
            ]).ToList(),
            [1.8, 1.4, 0.7, 0.7]));
        elements.Add(new ParagraphElement([new TextRun("Policy SHA-256 (as stored): "), new TextRun(policy.PolicyHash, RunStyle.Code)]) { Small = true });
        return elements;
    }

    internal static string MethodName(DriftMethod method) => method switch
    {
        DriftMethod.Psi => "PSI (population stability index)",
        DriftMethod.KolmogorovSmirnov => "KS statistic",
        DriftMethod.MetricDrop => "Metric drop (relative)",
        _ => method.ToString(),
    };
}
