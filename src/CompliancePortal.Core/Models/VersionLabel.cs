using System.Text.RegularExpressions;

namespace CompliancePortal.Core.Models;

public static partial class VersionLabel
{
    public static bool IsValid(string? label) => label is not null && Pattern().IsMatch(label);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}\z")]
    private static partial Regex Pattern();
}
