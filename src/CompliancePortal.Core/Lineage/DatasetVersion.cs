using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Lineage;

/// <summary>An immutable, content-addressed capture of a dataset at a point in time.</summary>
public sealed class DatasetVersion
{
    private DatasetVersion() { }

    public Guid Id { get; private set; }

    public Guid DatasetId { get; private set; }

    public Dataset? Dataset { get; private set; }

    public string Label { get; private set; } = "";

    public string Uri { get; private set; } = "";

    public string ContentHash { get; private set; } = "";

    public long? RowCount { get; private set; }

    public string? SchemaHash { get; private set; }

    public DateTimeOffset CapturedAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public LineageOrigin Origin { get; private set; }

    /// <summary>The version as the producing tool names it: the OpenLineage <c>version</c> facet, a DVC md5, or how it was derived.</summary>
    public string? ExternalVersion { get; private set; }

    /// <summary>Whether a SHA-256 of the content is known; observed versions may carry only the tool's own version id.</summary>
    public bool HasContentHash => ContentHash.Length == 64;

    /// <summary>How API clients name a dataset version: <c>dataset-key@label</c>.</summary>
    public string Reference => $"{Dataset?.Key}@{Label}";

    public static DatasetVersion Capture(Dataset dataset, DatasetVersionCapture capture, DateTimeOffset at)
    {
        capture.Validate().ThrowIfAny();
        return new DatasetVersion
        {
            Id = Guid.CreateVersion7(at), DatasetId = dataset.Id, Dataset = dataset, Label = capture.Label.Trim(),
            Uri = capture.Uri.Trim(), ContentHash = Hashes.NormalizeSha256(capture.ContentHash)!, RowCount = capture.RowCount,
            SchemaHash = string.IsNullOrWhiteSpace(capture.SchemaHash) ? null : Hashes.NormalizeSha256(capture.SchemaHash),
            CapturedAt = (capture.CapturedAt ?? at).ToUniversalTime(), RecordedAt = at,
        };
    }

    /// <summary>
    /// A version observed in a pipeline's lineage. <paramref name="contentHash"/> is a SHA-256 when the producer gave one, else empty:
    /// an observed version is identified by <paramref name="externalVersion"/> and is flagged as a gap until its content is hashed.
    /// </summary>
    public static DatasetVersion Observe(Dataset dataset, string externalVersion, string uri, string? contentHash, LineageOrigin origin,
        DateTimeOffset capturedAt, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), DatasetId = dataset.Id, Dataset = dataset, Label = LabelFor(externalVersion),
        Uri = uri.Length <= 2000 ? uri : uri[..2000], ContentHash = Hashes.NormalizeSha256(contentHash) ?? "", CapturedAt = capturedAt,
        RecordedAt = at, Origin = origin, ExternalVersion = externalVersion.Length <= 500 ? externalVersion : externalVersion[..500],
    };

    /// <summary>The tool's version id when it is a valid label, else a stable label derived from it.</summary>
    public static string LabelFor(string externalVersion) =>
        Models.VersionLabel.IsValid(externalVersion) ? externalVersion : "v-" + Hashes.Sha256Hex(externalVersion)[..20];

    public object Snapshot() => new { Id, DatasetId, Label, Uri, ContentHash, RowCount, SchemaHash, CapturedAt, Origin = Origin.ToString(), ExternalVersion };
}
