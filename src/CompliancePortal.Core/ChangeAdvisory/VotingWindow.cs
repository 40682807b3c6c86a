namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// When votes on an item count: from <see cref="OpensAt"/> (the chair may open it before the meeting, for members who
/// vote asynchronously) until the chair closes the item, and never after <see cref="ClosesAt"/> when one is set.
/// </summary>
public sealed record VotingWindow(DateTimeOffset OpensAt, DateTimeOffset? ClosesAt = null)
{
    public bool IsValid => ClosesAt is null || ClosesAt > OpensAt;
}
