using System.Globalization;
using System.Text.RegularExpressions;

namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// A single YAML value. Numbers keep the text they were written with (<c>0.850</c> stays <c>0.850</c>), and text that
/// merely looks like a number (<c>"1.0"</c>) stays text, so a card exported again carries exactly what was imported.
/// </summary>
public sealed partial record MetadataScalar(string? Value, MetadataScalarKind Kind) : MetadataValue
{
    public static MetadataScalar Null { get; } = new(null, MetadataScalarKind.Null);

    public static MetadataScalar Text(string value) => new(value, MetadataScalarKind.Text);

    public static MetadataScalar Number(double value) => new(
        double.IsNaN(value) ? ".nan"
        : double.IsPositiveInfinity(value) ? ".inf"
        : double.IsNegativeInfinity(value) ? "-.inf"
        : value.ToString("R", CultureInfo.InvariantCulture),
        MetadataScalarKind.Number);

    public static MetadataScalar Boolean(bool value) => new(value ? "true" : "false", MetadataScalarKind.Boolean);

    /// <summary>An unquoted YAML scalar, resolved by the YAML 1.2 core schema.</summary>
    public static MetadataScalar Plain(string value) =>
        NullPattern().IsMatch(value) ? Null
        : BooleanPattern().IsMatch(value) ? new(value, MetadataScalarKind.Boolean)
        : NumberPattern().IsMatch(value) ? new(value, MetadataScalarKind.Number)
        : Text(value);

    /// <summary>The value as a number when it is one, or is text that reads as one (some cards quote their metric values).</summary>
    public double? AsDouble() =>
        Kind is MetadataScalarKind.Number or MetadataScalarKind.Text
        && double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    [GeneratedRegex(@"^(~|null|Null|NULL|)\z")]
    private static partial Regex NullPattern();

    [GeneratedRegex(@"^(true|True|TRUE|false|False|FALSE)\z")]
    private static partial Regex BooleanPattern();

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))\z")]
    private static partial Regex NumberPattern();
}
