using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// A condition of an approving decision: the owner marks it done, the chair confirms it, and only then does it stop
/// blocking the promotion.
/// </summary>
public sealed class CabCondition
{
    private CabCondition() { }

    internal CabCondition(Guid reviewId, int number, string text, string setBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        ReviewId = reviewId;
        Number = number;
        Text = text;
        SetBy = setBy;
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>The member whose approval carried the condition.</summary>
    public string SetBy { get; private set; } = "";

    public Guid? DoneById { get; private set; }

    public string? DoneByName { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneNote { get; private set; }

    public Guid? ConfirmedById { get; private set; }

    public string? ConfirmedByName { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsDone => DoneAt is not null;

    public bool IsConfirmed => ConfirmedAt is not null;

    internal void MarkDone(Actor owner, string? note, DateTimeOffset at)
    {
        if (IsConfirmed)
        {
            throw new DomainRuleException($"Condition {Number} is already confirmed by the chair.");
        }
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        new ValidationErrors()
            .When(text?.Length > VotingRound.MaxTextLength, "Note", $"A note can be at most {VotingRound.MaxTextLength} characters.")
            .ThrowIfAny();
        (DoneById, DoneByName, DoneAt, DoneNote) = (owner.RequirePerson(), owner.DisplayName, at, text);
    }

    internal void Confirm(Actor chair, DateTimeOffset at)
    {
        if (!IsDone)
        {
            throw new DomainRuleException($"Condition {Number} is not marked done by the owner yet; the chair confirms what the owner reports.");
        }
        if (IsConfirmed)
        {
            throw new DomainRuleException($"Condition {Number} is already confirmed.");
        }
        (ConfirmedById, ConfirmedByName, ConfirmedAt) = (chair.RequirePerson(), chair.DisplayName, at);
    }

    public object Snapshot() => new { Id, ReviewId, Number, Text, SetBy, DoneById, DoneAt, DoneNote, ConfirmedById, ConfirmedAt };
}
