using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ModelCards;

/// <summary>A Hugging Face model card <c>README.md</c>: YAML front matter between <c>---</c> lines, then Markdown.</summary>
public sealed record HuggingFaceCard(CardMetadata Metadata, string Markdown)
{
    public IReadOnlyList<ClaimedResult> ClaimedResults => Metadata.ClaimedResults;

    /// <summary>
    /// Splits a card into metadata and Markdown. Without front matter the whole text is Markdown. Invalid YAML is refused
    /// with a <see cref="ValidationFailedException"/> on the field <c>FrontMatter</c> naming the line of the file.
    /// </summary>
    public static HuggingFaceCard Parse(string text)
    {
        var normalized = Normalize(text);
        var lines = normalized.Split('\n');
        if (!IsDelimiter(lines[0]))
        {
            return new HuggingFaceCard(CardMetadata.Empty, normalized);
        }
        var closing = Array.FindIndex(lines, 1, l => IsDelimiter(l) || l.TrimEnd() == "...");
        if (closing < 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [MetadataYamlReader.Field] = ["The YAML front matter that starts at line 1 is never closed: end it with a line of three dashes (---)."],
            });
        }
        var metadata = MetadataYamlReader.Read(string.Join('\n', lines[1..closing]), firstLine: 2);
        // The blank line people leave after the closing dashes is layout, not part of the card.
        var markdown = string.Join('\n', lines[(closing + 1)..]).TrimStart('\n');
        return new HuggingFaceCard(metadata, markdown);
    }

    /// <summary>The card as a Hugging Face <c>README.md</c>; with no metadata there is no front matter.</summary>
    public static string Export(CardMetadata metadata, string markdown)
    {
        var body = Normalize(markdown);
        return metadata.IsEmpty ? body : $"---\n{metadata.ToYaml()}---\n\n{body}";
    }

    public string Export() => Export(Metadata, Markdown);

    /// <summary>Renames Hugging Face's usual section headings to the portal's; see <see cref="HuggingFaceSections"/> for the table.</summary>
    public static string MapSections(string markdown) => HuggingFaceSections.Map(Normalize(markdown));

    private static string Normalize(string text) => (text ?? "").TrimStart('\uFEFF').ReplaceLineEndings("\n");

    private static bool IsDelimiter(string line) => line.TrimEnd() == "---";
}
