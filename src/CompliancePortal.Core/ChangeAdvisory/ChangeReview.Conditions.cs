using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>The conditions of an approving decision: marked done by the model's acting owner, confirmed by the chair (or a member standing in).</summary>
public sealed partial class ChangeReview
{
    public CabCondition MarkConditionDone(Model model, Actor owner, Guid conditionId, string? note, DateTimeOffset at)
    {
        if (MarkDoneRefusal(owner, model) is { } refusal)
        {
            throw refusal;
        }
        var condition = Condition(conditionId);
        condition.MarkDone(owner, note, at);
        Revision++;
        return condition;
    }

    public Exception? MarkDoneRefusal(Actor owner, Model model) => owner.IsActingOwner(model)
        ? null
        : new AccessDeniedException($"Only the acting owner of {ModelKey} marks the board's conditions done.");

    /// <summary>
    /// The chair confirms what the owner reports. A chair who owns or requested the change (and so is recused) cannot
    /// vouch for it: another member of the board, not recused and holding the CabMember role, confirms instead. Nobody
    /// confirms a condition they marked done themselves.
    /// </summary>
    public CabCondition ConfirmCondition(ChangeAdvisoryBoard board, Model model, Actor confirmer, Guid conditionId, DateTimeOffset at)
    {
        if (ConfirmRefusal(board, model, confirmer) is { } refusal)
        {
            throw refusal;
        }
        var condition = Condition(conditionId);
        if (condition.DoneById == confirmer.PersonId)
        {
            throw new DomainRuleException($"You marked condition {condition.Number} done; someone else confirms it.");
        }
        condition.Confirm(confirmer, at);
        Revision++;
        return condition;
    }

    /// <summary>Why <paramref name="confirmer"/> cannot confirm this decision's conditions; null when they can.</summary>
    public Exception? ConfirmRefusal(ChangeAdvisoryBoard board, Model model, Actor confirmer)
    {
        if (board.Id != BoardId)
        {
            throw new ArgumentException("The board must be the review's board.", nameof(board));
        }
        var interested = InterestedNow(model);
        var chairRecused = interested.Contains(board.ChairId);
        return confirmer.PersonId switch
        {
            null => new AccessDeniedException($"Only the chair of {board.Name} confirms the conditions of its decisions."),
            var me when me != board.ChairId && !chairRecused =>
                new AccessDeniedException($"Only the chair of {board.Name} confirms the conditions of its decisions."),
            var me when me != board.ChairId && (!board.HasMember(me.Value) || interested.Contains(me.Value) || !confirmer.HasRole(PortalRoles.CabMember)) =>
                new AccessDeniedException($"The chair is recused from this change; a member of {board.Name} who is not recused confirms its conditions."),
            var me when me == board.ChairId && chairRecused =>
                new DomainRuleException("You requested or own this change, so you are recused: another member of the board confirms its conditions."),
            _ => null,
        };
    }

    private CabCondition Condition(Guid id) =>
        _conditions.SingleOrDefault(c => c.Id == id) ?? throw new NotFoundException($"This review has no condition {id}.");
}
