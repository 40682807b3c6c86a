using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// Every promotion and rollback request of each version with the evidence frozen when it was made and every signature,
/// invalidated ones included, then which version was in production when and on whose approval.
/// </summary>
public sealed class ApprovalTrailSection(PromotionQueries promotions) : IAuditPackSection
{
    public string Title => "Approval trail";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var elements = new List<DocumentElement>();
        var summaries = await promotions.RequestsAsync(context.Model.Key, ct);
        foreach (var v in context.Versions)
        {
            var requests = new List<PromotionRequestView>();
            foreach (var summary in summaries.Where(s => s.VersionLabel == v.Label).OrderBy(s => s.RequestedAt))
            {
                requests.Add(await promotions.RequestAsync(summary.Id, ct));
            }
            elements.AddRange(ApprovalTrailLayout.Requests(v.Label, requests, context.Manifest, Title));
        }
        if (context.Versions.Count == 0)
        {
            elements.Add(new ParagraphElement("No versions of this model are registered, so no promotion has been requested."));
        }
        var history = await promotions.HistoryAsync(context.Model.Key, ct);
        elements.AddRange(ApprovalTrailLayout.History(context.Model.Key, context.Versions.Select(v => v.Label).ToList(), history, context.Manifest, Title));
        return elements;
    }
}
