using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ModelCards;

/// <summary>What a revision holds, validated and normalised, with the hash that identifies it.</summary>
public sealed record CardContent(string Markdown, string MetadataYaml, string Hash)
{
    /// <summary>Large enough for any real card with tables; small enough that a pasted binary or log is refused.</summary>
    public const int MaxMarkdownLength = 200_000;
    public const int MaxSummaryLength = 500;

    public static CardContent Of(string? markdown, CardMetadata metadata)
    {
        var text = (markdown ?? "").Replace("\r\n", "\n").Replace('\r', '\n');
        new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(text), nameof(Markdown), "The card is empty; write its sections before saving.")
            .When(text.Contains('\0'), nameof(Markdown), "The card contains a NUL character (U+0000); it is text, not binary: remove it and save again.")
            .When(text.Length > MaxMarkdownLength, nameof(Markdown),
                $"The card is {text.Length:N0} characters long; a card can be at most {MaxMarkdownLength:N0}.")
            .ThrowIfAny();
        var yaml = metadata.IsEmpty ? "" : metadata.ToYaml();
        return new CardContent(text, yaml, CardContentHash.Compute(text, metadata));
    }

    public static void ValidateSummary(string? summary) =>
        new ValidationErrors()
            .When(summary?.Length > MaxSummaryLength, "Summary", $"The summary can be at most {MaxSummaryLength} characters.")
            .ThrowIfAny();
}
