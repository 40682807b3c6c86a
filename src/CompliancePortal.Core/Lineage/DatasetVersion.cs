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

    public object Snapshot() => new { Id, DatasetId, Label, Uri, ContentHash, RowCount, SchemaHash, CapturedAt };
}
