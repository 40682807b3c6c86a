namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// A save based on an older revision than the card's current one. It carries the other person's revision so the
/// editor can show their changes while the person's own text stays in their editor.
/// </summary>
public sealed class CardConflictException(int baseRevision, ModelCardRevision current)
    : Exception($"{current.AuthorName} saved revision {current.Number} of this card at {current.CreatedAt:yyyy-MM-dd HH:mm} UTC, after the revision " +
        $"{baseRevision} you started from. Nothing was saved: look at their changes first, then try again.")
{
    public int BaseRevision { get; } = baseRevision;

    public ModelCardRevision Current { get; } = current;
}
