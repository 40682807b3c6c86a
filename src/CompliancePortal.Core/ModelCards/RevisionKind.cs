namespace CompliancePortal.Core.ModelCards;

/// <summary>How a card revision came about; every kind is a new, immutable revision.</summary>
public enum RevisionKind
{
    Started,
    CopiedFromPreviousVersion,
    Edited,
    Restored,
    Imported,
}
