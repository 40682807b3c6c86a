namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// Who took part in a meeting: present (the chair, and members who voted or abstained once it had started), members
/// who only voted in advance, and the rest of the board, absent.
/// </summary>
public sealed record MeetingAttendance(IReadOnlyList<Guid> Present, IReadOnlyList<Guid> VotedInAdvance, IReadOnlyList<Guid> Absent);
