using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Lineage.Trace;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>Each version's upstream lineage: a figure, the runs and dataset versions back to the source systems, and the gaps an auditor would ask about.</summary>
public sealed class LineageSection(LineageTracer tracer) : IAuditPackSection
{
    public string Title => "Lineage";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var elements = new List<DocumentElement>();
        foreach (var v in context.Versions)
        {
            elements.AddRange(LineageLayout.Version(await tracer.VersionLineageAsync(v.ModelKey, v.Label, ct), context.Manifest, Title));
        }
        if (context.Versions.Count == 0)
        {
            elements.Add(new ParagraphElement("No versions of this model are registered, so there is no lineage to trace."));
        }
        return elements;
    }
}
