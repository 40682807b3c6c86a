using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// A chapter for evidence the portal does not record yet. It says so plainly, so an auditor sees the gap rather than an
/// empty chapter that could be read as "nothing happened". The feature that records the evidence replaces it.
/// </summary>
public sealed class NotYetRecordedSection(string title, string evidence) : IAuditPackSection
{
    public string Title => title;

    public Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DocumentElement>>(
        [
            new ParagraphElement([new TextRun($"{evidence} is not yet recorded by this portal.", RunStyle.Bold)]),
            new ParagraphElement("This chapter is a placeholder for that evidence; it lists nothing because the portal holds nothing of this kind, " +
                "not because none exists elsewhere. Obtain it from the system of record until the portal records it."),
        ]);
}
