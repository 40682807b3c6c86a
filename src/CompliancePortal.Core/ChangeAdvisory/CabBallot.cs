namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>One member's vote as it stands (a member may change it until voting closes; the last one counts).</summary>
public sealed record CabBallot(Guid MemberId, string MemberName, CabChoice Choice, string? Conditions, string? Reason, DateTimeOffset CastAt)
{
    public bool IsVote => Choice != CabChoice.Abstain;

    public bool Approves => Choice is CabChoice.Approve or CabChoice.ApproveWithConditions;
}
