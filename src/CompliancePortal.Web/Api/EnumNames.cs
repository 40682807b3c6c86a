namespace CompliancePortal.Web.Api;

/// <summary>
/// Reads an enum sent as text by its name only: "2" or an unknown word is not a value, so a body field can be refused by
/// name instead of failing the whole JSON body.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > 0 && char.IsLetter(trimmed[0]) && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            return true;
        }
        value = default;
        return false;
    }

    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
