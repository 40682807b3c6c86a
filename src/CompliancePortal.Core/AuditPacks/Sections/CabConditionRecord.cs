namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>A condition of an approving decision: who set it, who marked it done and who confirmed it, and when.</summary>
public sealed record CabConditionRecord(
    int Number,
    string Text,
    string SetBy,
    string? DoneBy,
    DateTimeOffset? DoneAt,
    string? DoneNote,
    string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt);
