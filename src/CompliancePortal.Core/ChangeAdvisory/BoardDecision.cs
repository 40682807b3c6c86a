namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>The final decision on an item, recorded with every vote that made it.</summary>
public sealed record BoardDecision(
    CabOutcome Outcome,
    CabTally Tally,
    IReadOnlyList<CabBallot> Ballots,
    IReadOnlyList<Guid> Recused,
    Guid ClosedById,
    DateTimeOffset DecidedAt)
{
    public bool Approves => Outcome is CabOutcome.Approved or CabOutcome.ApprovedWithConditions;

    /// <summary>The conditions members attached to their approvals; met conditions are checked off before promotion.</summary>
    public IReadOnlyList<string> Conditions =>
        Approves ? Ballots.Where(b => b.Choice == CabChoice.ApproveWithConditions).Select(b => b.Conditions!).ToList() : [];

    /// <summary>The reasons given with rejections, shown to the requester when the change is rejected.</summary>
    public IReadOnlyList<string> RejectionReasons => Ballots.Where(b => b.Choice == CabChoice.Reject).Select(b => b.Reason!).ToList();
}
