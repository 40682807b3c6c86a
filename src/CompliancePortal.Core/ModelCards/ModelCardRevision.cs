namespace CompliancePortal.Core.ModelCards;

/// <summary>One immutable save of a model card: its full Markdown and metadata, who saved it, when, and its content hash.</summary>
public sealed class ModelCardRevision
{
    private ModelCardRevision() { }

    public Guid Id { get; private set; }

    public Guid CardId { get; private set; }

    public int Number { get; private set; }

    public string Markdown { get; private set; } = "";

    /// <summary>Hugging Face front-matter metadata as YAML; empty when the card has none.</summary>
    public string MetadataYaml { get; private set; } = "";

    public string ContentHash { get; private set; } = "";

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string? Summary { get; private set; }

    public RevisionKind Kind { get; private set; }

    /// <summary>For a restore, the revision whose content was restored.</summary>
    public int? RestoredFrom { get; private set; }

    public CardMetadata Metadata => string.IsNullOrWhiteSpace(MetadataYaml) ? CardMetadata.Empty : CardMetadata.FromYaml(MetadataYaml);

    internal static ModelCardRevision Create(Guid cardId, int number, CardContent content, Guid authorId, string authorName, RevisionKind kind,
        string? summary, int? restoredFrom, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CardId = cardId,
        Number = number,
        Markdown = content.Markdown,
        MetadataYaml = content.MetadataYaml,
        ContentHash = content.Hash,
        AuthorId = authorId,
        AuthorName = authorName,
        CreatedAt = at,
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(),
        Kind = kind,
        RestoredFrom = restoredFrom,
    };

    public object Snapshot() => new { Id, CardId, Number, ContentHash, Kind = Kind.ToString(), Summary, RestoredFrom, AuthorId };
}
