namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A meeting with its agenda (each item in full, for live voting) and, for the chair, the reviews that could join it.</summary>
public sealed record MeetingView(
    MeetingSummary Meeting,
    BoardRef Board,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<string> Attendance,
    string? MinutesSha256,
    IReadOnlyList<ChangeReviewView> Agenda,
    IReadOnlyList<ChangeReviewSummary> Candidates,
    bool ViewerIsChair)
{
    public bool IsOpen => Meeting.State == MeetingState.Scheduled;
}
