using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A line in a list of reviews: a board's queue, a version's CAB panel.</summary>
public sealed record ChangeReviewSummary(Guid Id, string ModelKey, string VersionLabel, ChangeClass ChangeClass, ChangeReviewSource Source,
    string RequestedBy, DateTimeOffset OpenedAt, ChangeReviewState State, RiskLevel? RiskScore, string? BoardName, Guid? MeetingId)
{
    public static ChangeReviewSummary From(ChangeReview r, string? boardName) => new(r.Id, r.ModelKey, r.VersionLabel, r.ChangeClass, r.Source,
        r.RequestedByName, r.OpenedAt, r.State, r.RiskScore, boardName, r.MeetingId);
}
