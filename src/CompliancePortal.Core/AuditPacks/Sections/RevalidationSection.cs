using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Revalidation;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>The model's periodic revalidation reviews with both signatures.</summary>
public sealed class RevalidationSection(RevalidationQueries revalidation) : IAuditPackSection
{
    public string Title => "Revalidation history";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var reviews = (await revalidation.ReviewsAsync(context.Model.Key, ct)).OrderBy(r => r.DueAt).ToList();
        var elements = new List<DocumentElement>
        {
            new ParagraphElement($"Cadence: {context.Model.Cadence}. {reviews.Count} review(s) opened."),
        };
        if (reviews.Count == 0)
        {
            elements.Add(new ParagraphElement("No revalidation review has been opened for this model yet."));
            return elements;
        }
        elements.Add(new TableElement(
            [TableCell.Text("Due"), TableCell.Text("Version"), TableCell.Text("State"), TableCell.Text("Owner signature"),
                TableCell.Text("Compliance officer signature"), TableCell.Text("Outcome")],
            reviews.Select(r => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(PackText.Time(r.DueAt)), TableCell.Text(r.ProductionVersionLabel ?? "—"), TableCell.Text(r.State.ToString()),
                TableCell.Text(Signature(r.OwnerSignature)), TableCell.Text(Signature(r.ComplianceOfficerSignature)),
                TableCell.Text(r.Outcome is { } o ? $"{o}{(r.SignedOffAt is { } s ? ", signed off " + PackText.Time(s) : "")}" : "open"),
            ]).ToList(),
            [1, 0.6, 0.7, 1.6, 1.6, 1]));
        foreach (var r in reviews)
        {
            context.Manifest.AddRecord(Title, $"Revalidation review due {PackText.Time(r.DueAt)}", r);
        }
        return elements;
    }

    private static string Signature(RevalidationSignature? s) =>
        s is null ? "not signed" : $"{s.DisplayName}, {PackText.Time(s.SignedAt)}: {s.Outcome}{(string.IsNullOrWhiteSpace(s.Comments) ? "" : " — " + s.Comments)}";
}
