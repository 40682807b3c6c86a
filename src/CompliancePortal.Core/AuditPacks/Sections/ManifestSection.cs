using System.Globalization;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>The hashes of every piece of evidence in the pack and the audit chain's verification; always the last chapter.</summary>
public sealed class ManifestSection : IAuditPackSection
{
    public string Title => "Manifest and chain verification";

    public Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var chain = context.Chain;
        var elements = new List<DocumentElement>
        {
            new HeadingElement(2, "Audit chain verification"),
            TableElement.KeyValues(
            [
                ("Result", chain.Valid ? "VALID: every event's hash recomputed and linked to its predecessor" : "BROKEN"),
                ("Events checked", chain.CheckedEvents.ToString(CultureInfo.InvariantCulture)),
                (chain.Valid ? "Last hash" : "First bad sequence", chain.Valid ? chain.LastHash ?? "(empty log)" :
                    $"{chain.FirstBadSequence}: {chain.Reason}"),
                ("Verified at", PackText.Time(context.GeneratedAt)),
            ]),
            new HeadingElement(2, "Evidence hashes"),
            new ParagraphElement($"SHA-256 of every piece of evidence in this pack ({context.Manifest.Entries.Count}). Records are hashed as the " +
                "compact JSON of what the pack shows; card revisions, dataset and golden-set contents and audit events are listed with the hashes the portal stores.")
            { Small = true },
            new TableElement(
                [TableCell.Text("Section"), TableCell.Text("Evidence"), TableCell.Text("SHA-256")],
                context.Manifest.Entries.Select(e => (IReadOnlyList<TableCell>)
                    [TableCell.Text(e.Section), TableCell.Text(e.Evidence), TableCell.Code(e.Sha256)]).ToList(),
                [0.7, 1.1, 3.2]),
            new ParagraphElement([
                new TextRun("Manifest SHA-256: ", RunStyle.Bold), new TextRun(context.Manifest.Sha256(), RunStyle.Code)]),
            new ParagraphElement($"This PDF is signed with the portal's certificate; any change to the file invalidates the signature. " +
                $"Its own SHA-256 cannot be printed inside it: it is recorded in the audit event 'audit-pack.generated' for pack {context.Pack.Id}.")
            { Small = true },
        };
        return Task.FromResult<IReadOnlyList<DocumentElement>>(elements);
    }
}
