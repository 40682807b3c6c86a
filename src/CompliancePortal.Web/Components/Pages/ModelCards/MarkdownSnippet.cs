namespace CompliancePortal.Web.Components.Pages.ModelCards;

/// <summary>
/// What a toolbar button puts around the selection in the card editor; <see cref="Placeholder"/> stands in when nothing
/// is selected, and a <see cref="Block"/> snippet starts on a line of its own.
/// </summary>
public sealed record MarkdownSnippet(string Before, string After, string Placeholder, bool Block)
{
    public static MarkdownSnippet Heading { get; } = new("## ", "", "Section heading", true);

    public static MarkdownSnippet Bold { get; } = new("**", "**", "bold text", false);

    public static MarkdownSnippet BulletedList { get; } = new("- ", "", "List item", true);

    public static MarkdownSnippet NumberedList { get; } = new("1. ", "", "First item", true);

    public static MarkdownSnippet Table { get; } = new("| Column | Column |\n| --- | --- |\n| ", " | Value |", "Value", true);

    public static MarkdownSnippet Link { get; } = new("[", "](https://)", "link text", false);
}
