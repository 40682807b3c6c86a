namespace CompliancePortal.Core.ChangeAdvisory;

public sealed record ConditionView(Guid Id, int Number, string Text, string SetBy, string? DoneBy, DateTimeOffset? DoneAt, string? DoneNote,
    string? ConfirmedBy, DateTimeOffset? ConfirmedAt)
{
    public bool IsDone => DoneAt is not null;

    public bool IsConfirmed => ConfirmedAt is not null;

    public static ConditionView From(CabCondition c) =>
        new(c.Id, c.Number, c.Text, c.SetBy, c.DoneByName, c.DoneAt, c.DoneNote, c.ConfirmedByName, c.ConfirmedAt);
}
