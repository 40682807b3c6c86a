using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Evaluation;

/// <summary>One immutable version of a golden set, named by the SHA-256 of its bytes.</summary>
public sealed class GoldenSetVersion
{
    /// <summary>The largest CSV the portal stores in its own database; larger sets are registered by URI and hash.</summary>
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    private GoldenSetVersion() { }

    public Guid Id { get; private set; }

    public Guid GoldenSetId { get; private set; }

    public int Number { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the file's exact bytes.</summary>
    public string ContentHash { get; private set; } = "";

    public GoldenSetSource Source { get; private set; }

    /// <summary>For a registered version, where its bytes are; null for an upload.</summary>
    public string? Uri { get; private set; }

    /// <summary>Known for uploads; a registered URI is not downloaded, so its size and rows are not known yet.</summary>
    public long? SizeBytes { get; private set; }

    public int? RowCount { get; private set; }

    public Guid CreatedById { get; private set; }

    public string CreatedByName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    internal static GoldenSetVersion Create(Guid goldenSetId, int number, string contentHash, GoldenSetSource source, string? uri,
        long? sizeBytes, int? rowCount, Actor author, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        GoldenSetId = goldenSetId,
        Number = number,
        ContentHash = contentHash,
        Source = source,
        Uri = uri,
        SizeBytes = sizeBytes,
        RowCount = rowCount,
        CreatedById = author.RequirePerson(),
        CreatedByName = author.DisplayName,
        CreatedAt = at,
    };

    public object Snapshot() => new { Id, GoldenSetId, Number, ContentHash, Source = Source.ToString(), Uri, SizeBytes, RowCount, CreatedById };
}
