using System.Text;

namespace CompliancePortal.Core.ModelCards;

/// <summary>How headings are compared: case, surrounding and repeated whitespace and trailing punctuation carry no meaning.</summary>
internal static class SectionName
{
    public static string Normalize(string name)
    {
        var collapsed = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(char.ToLowerInvariant(c));
            }
        }
        var end = collapsed.Length;
        while (end > 0 && (IsTrailingPunctuation(collapsed[end - 1]) || collapsed[end - 1] == ' '))
        {
            end--;
        }
        return collapsed.ToString(0, end);
    }

    // Closing brackets end a meaningful part of the name ("Evaluation (holdout)"), unlike a colon or full stop.
    private static bool IsTrailingPunctuation(char c) => char.IsPunctuation(c) && c is not (')' or ']' or '}');

    public static bool Same(string a, string b) => Normalize(a) == Normalize(b);
}
