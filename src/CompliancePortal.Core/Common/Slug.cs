using System.Text.RegularExpressions;

namespace CompliancePortal.Core.Common;

/// <summary>Stable, URL-safe keys: lower-case letters and digits separated by single hyphens.</summary>
public static partial class Slug
{
    public const string Rule = "use 3–64 lower-case letters, digits and single hyphens, starting with a letter (e.g. credit-default-pd)";

    public static bool IsValid(string? value) =>
        value is { Length: >= 3 and <= 64 } && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
