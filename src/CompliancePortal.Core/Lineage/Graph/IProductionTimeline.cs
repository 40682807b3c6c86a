namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>
/// Which model versions were in production at a moment. The approvals feature owns the production alias and its history;
/// the lineage explorer only asks this question, so the history can be plugged in without touching the graph.
/// </summary>
public interface IProductionTimeline
{
    /// <summary>The versions among <paramref name="versionIds"/> in production at <paramref name="asOf"/> (now when null), or null when unknown.</summary>
    Task<IReadOnlySet<Guid>?> InProductionAsync(IReadOnlyCollection<Guid> versionIds, DateTimeOffset? asOf, CancellationToken ct);

    /// <summary>Said beside the graph when the answer for a past moment is not known.</summary>
    string? Limitation(DateTimeOffset? asOf);
}
