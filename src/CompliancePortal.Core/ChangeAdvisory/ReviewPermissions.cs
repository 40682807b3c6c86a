namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// What the person viewing a review may do with it now, asked of the review itself (the same rules its actions
/// enforce), so pages offer exactly the actions that would be accepted.
/// </summary>
public sealed record ReviewPermissions(bool MayAssess, bool MayVote, bool MayMarkConditionsDone, bool MayConfirmConditions, bool IsChair)
{
    public static ReviewPermissions None { get; } = new(false, false, false, false, false);
}
