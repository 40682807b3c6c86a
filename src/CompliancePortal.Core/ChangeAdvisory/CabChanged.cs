namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// Published after a CAB change committed: pages showing the board, the meeting or the review re-read it. A board
/// edit names only the board.
/// </summary>
public sealed record CabChanged(Guid? BoardId, Guid? MeetingId, Guid? ReviewId);
