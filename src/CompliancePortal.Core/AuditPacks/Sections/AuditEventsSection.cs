using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>Every audit event of the model in the pack's date range, with its sequence and hash, oldest first.</summary>
public sealed class AuditEventsSection(AuditLogReader log) : IAuditPackSection
{
    public string Title => "Audit events";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        var hashes = new System.Text.StringBuilder();
        AuditEventView? first = null;
        AuditEventView? last = null;
        await foreach (var e in log.StreamAsync(new AuditQuery(ModelKey: context.Model.Key, From: context.EventsFrom, To: context.EventsTo), ct))
        {
            first ??= e;
            last = e;
            hashes.Append(e.Hash).Append('\n');
            rows.Add(
            [
                TableCell.Text(e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)), TableCell.Text(PackText.Time(e.OccurredAt)),
                TableCell.Text(e.ActorName), TableCell.Text(e.Action), TableCell.Text($"{e.EntityType} {e.EntityId}"), TableCell.Code(e.Hash),
            ]);
        }
        var range = context.Pack.EventsFrom is null && context.Pack.EventsTo is null
            ? "all dates"
            : $"{PackText.Date(context.Pack.EventsFrom)} to {PackText.Date(context.Pack.EventsTo)} (UTC, inclusive)";
        var elements = new List<DocumentElement>
        {
            new ParagraphElement($"Events recorded for model {context.Model.Key}, {range}: {rows.Count}. " +
                "Each hash covers the event and the hash of the event before it; the manifest gives the verification of the whole chain."),
        };
        if (rows.Count == 0)
        {
            elements.Add(new ParagraphElement("No audit events in this range."));
            return elements;
        }
        context.Manifest.Add(Title, $"Audit events #{first!.Sequence}–#{last!.Sequence} ({rows.Count}), SHA-256 of their hashes", Hashes.Sha256Hex(hashes.ToString()));
        context.Manifest.Add(Title, $"Audit event #{last.Sequence} (last in scope)", last.Hash);
        elements.Add(new TableElement(
            [TableCell.Text("#"), TableCell.Text("Time"), TableCell.Text("Actor"), TableCell.Text("Action"), TableCell.Text("Entity"), TableCell.Text("Hash")],
            rows, [0.4, 1, 0.9, 1.35, 1.1, 2.1]));
        return elements;
    }
}
