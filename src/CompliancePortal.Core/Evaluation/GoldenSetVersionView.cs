namespace CompliancePortal.Core.Evaluation;

/// <summary>One version of a golden set, without its bytes.</summary>
public sealed record GoldenSetVersionView(
    string GoldenSet,
    int Number,
    string ContentHash,
    GoldenSetSource Source,
    string? Uri,
    long? SizeBytes,
    int? RowCount,
    bool IsCurrent,
    string CreatedBy,
    DateTimeOffset CreatedAt)
{
    public static GoldenSetVersionView From(GoldenSet set, GoldenSetVersion v) => new(set.Name, v.Number, v.ContentHash, v.Source, v.Uri,
        v.SizeBytes, v.RowCount, v.Number == set.CurrentVersion, v.CreatedByName, v.CreatedAt);
}
