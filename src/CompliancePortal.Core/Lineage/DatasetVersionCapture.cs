using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Lineage;

/// <summary>What is submitted to record one captured version of a dataset.</summary>
public sealed record DatasetVersionCapture(string Label, string Uri, string ContentHash, long? RowCount, string? SchemaHash, DateTimeOffset? CapturedAt)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .When(!VersionLabel.IsValid(Label?.Trim()), nameof(Label), $"The dataset version label '{Label}' is not valid: {VersionRegistration.LabelRule}.")
        .When(!Uris.IsAbsolute(Uri), nameof(Uri), "The dataset version URI must be absolute, e.g. s3://lake/loans/2026-10-01/ or snowflake://acct/db/schema/table.")
        .When(Hashes.NormalizeSha256(ContentHash) is null, nameof(ContentHash), "The content hash must be a SHA-256: 64 hexadecimal digits.")
        .When(RowCount is < 0, nameof(RowCount), "The row count cannot be negative.")
        .When(!string.IsNullOrWhiteSpace(SchemaHash) && Hashes.NormalizeSha256(SchemaHash) is null, nameof(SchemaHash), "The schema hash, when given, must be a SHA-256: 64 hexadecimal digits.");
}
