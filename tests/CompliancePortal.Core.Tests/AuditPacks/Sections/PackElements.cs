using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.Tests.AuditPacks.Sections;

/// <summary>The text of a chapter's elements, one block per line and table cells separated by " | ", for asserting what a section says.</summary>
internal static class PackElements
{
    public static string Text(IEnumerable<DocumentElement> elements) => string.Join('\n', elements.Select(Text));

    private static string Text(DocumentElement element) => element switch
    {
        HeadingElement h => h.Text,
        ParagraphElement p => Runs(p.Runs),
        TableElement t => string.Join('\n', (t.Header is null ? t.Rows : t.Rows.Prepend(t.Header)).Select(r => string.Join(" | ", r.Select(c => Runs(c.Runs))))),
        DiagramElement d => string.Join('\n', d.Nodes.Select(n => n.Label)),
        ListElement l => string.Join('\n', l.Items.Select(Text)),
        _ => "",
    };

    private static string Runs(IEnumerable<TextRun> runs) => string.Concat(runs.Select(r => r.Text));
}
