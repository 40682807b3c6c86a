using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ModelCards;

/// <summary>The model card of one model version: a pointer to its latest revision; the revisions themselves are never changed.</summary>
public sealed class ModelCard
{
    private ModelCard() { }

    public Guid Id { get; private set; }

    public Guid ModelVersionId { get; private set; }

    /// <summary>The number of the latest revision; also the optimistic-concurrency token.</summary>
    public int CurrentRevision { get; private set; }

    public string CurrentContentHash { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public static (ModelCard Card, ModelCardRevision First) Start(Guid modelVersionId, CardContent content, Actor author, RevisionKind kind,
        string? summary, DateTimeOffset at)
    {
        var card = new ModelCard { Id = Guid.CreateVersion7(at), ModelVersionId = modelVersionId };
        return (card, card.Append(content, author, kind, summary, null, at));
    }

    /// <summary>
    /// Saves a new revision on top of <paramref name="baseRevision"/>; refused as a conflict when someone saved since.
    /// Returns null when the content is identical to the current revision, so a double-click makes no empty revision.
    /// </summary>
    public ModelCardRevision? Save(CardContent content, Actor author, RevisionKind kind, string? summary, int baseRevision, ModelCardRevision current,
        int? restoredFrom, DateTimeOffset at)
    {
        if (current.Number != CurrentRevision)
        {
            throw new InvalidOperationException("The current revision passed in is not the card's latest.");
        }
        if (baseRevision != CurrentRevision)
        {
            throw new CardConflictException(baseRevision, current);
        }
        return content.Hash == CurrentContentHash && kind != RevisionKind.Restored ? null : Append(content, author, kind, summary, restoredFrom, at);
    }

    public object Snapshot() => new { Id, ModelVersionId, CurrentRevision, CurrentContentHash };

    private ModelCardRevision Append(CardContent content, Actor author, RevisionKind kind, string? summary, int? restoredFrom, DateTimeOffset at)
    {
        CardContent.ValidateSummary(summary);
        var revision = ModelCardRevision.Create(Id, CurrentRevision + 1, content, author.RequirePerson(), author.DisplayName, kind, summary,
            restoredFrom, at);
        CurrentRevision = revision.Number;
        CurrentContentHash = revision.ContentHash;
        UpdatedAt = at;
        return revision;
    }
}
