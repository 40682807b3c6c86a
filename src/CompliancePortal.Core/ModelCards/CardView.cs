namespace CompliancePortal.Core.ModelCards;

/// <summary>A version's card as readers see it: content, safe HTML, completeness and claimed results.</summary>
public sealed record CardView(
    string ModelKey,
    string ModelName,
    string VersionLabel,
    int Revision,
    string Markdown,
    CardMetadata Metadata,
    string ContentHash,
    string SafeHtml,
    CompletenessReport Completeness,
    IReadOnlyList<ClaimedResult> ClaimedResults,
    string UpdatedBy,
    DateTimeOffset UpdatedAt);
