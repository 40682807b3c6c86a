namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A member's vote on a review as it stands (one row per member; a changed vote replaces it, the audit log keeps each).</summary>
public sealed class CabVote
{
    private CabVote() { }

    internal CabVote(Guid reviewId, CabBallot ballot)
    {
        ReviewId = reviewId;
        MemberId = ballot.MemberId;
        Replace(ballot);
    }

    public Guid ReviewId { get; private set; }

    public Guid MemberId { get; private set; }

    public string MemberName { get; private set; } = "";

    public CabChoice Choice { get; private set; }

    public string? Conditions { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset CastAt { get; private set; }

    public CabBallot Ballot => new(MemberId, MemberName, Choice, Conditions, Reason, CastAt);

    internal void Replace(CabBallot ballot) =>
        (MemberName, Choice, Conditions, Reason, CastAt) = (ballot.MemberName, ballot.Choice, ballot.Conditions, ballot.Reason, ballot.CastAt);
}
