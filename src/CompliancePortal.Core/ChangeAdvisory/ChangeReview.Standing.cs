using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>Where the review stands, as the promotion's CAB gate sees it.</summary>
public sealed partial class ChangeReview
{
    /// <summary>Who hears of the board's decision and its conditions: the requester and the model's owners now.</summary>
    public IReadOnlyList<Guid> ToldOfOutcome(Models.Model model) =>
        new[] { RequestedById, model.OwnerId }.Concat(model.BackupOwnerId is { } backup ? [backup] : []).Distinct().ToList();

    /// <summary>What the promotion's CAB gate sees of this review.</summary>
    public CabDecision GateDecision()
    {
        var status = State switch
        {
            ChangeReviewState.Approved => CabReviewStatus.Approved,
            ChangeReviewState.ApprovedWithConditions when ApprovalComplete => CabReviewStatus.Approved,
            ChangeReviewState.ApprovedWithConditions => CabReviewStatus.ConditionsOpen,
            ChangeReviewState.Rejected => CabReviewStatus.Rejected,
            _ => CabReviewStatus.Pending,
        };
        var open = _conditions.Count(c => !c.IsConfirmed);
        var summary = State switch
        {
            ChangeReviewState.Approved => $"approved the change ({Tally()})",
            ChangeReviewState.ApprovedWithConditions when open == 0 => $"approved the change ({Tally()}) with {_conditions.Count} condition(s), all confirmed by the chair",
            ChangeReviewState.ApprovedWithConditions => $"approved the change ({Tally()}) with conditions; {open} of {_conditions.Count} not yet confirmed by the chair",
            ChangeReviewState.Rejected => $"rejected the change ({Tally()})",
            ChangeReviewState.OnAgenda => "on the agenda of a CAB meeting; the board has not decided yet",
            ChangeReviewState.ReadyForAgenda => "waiting for the chair to put it on a meeting's agenda",
            _ when BoardId is null => "no board covers this model yet; an administrator must set one up",
            _ => "waiting for the requester's risk assessment",
        };
        return new CabDecision(Id, status, summary, DecidedAt);
    }

    private string Tally() => DecidedTally is { } t
        ? $"{t.Approvals} for, {t.Reject} against, {t.Abstain} abstaining ({CabWords.Rule(t.Rule)})"
        : "the board";
}
