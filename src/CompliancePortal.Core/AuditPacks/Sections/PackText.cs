using System.Globalization;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>How packs print times and numbers: UTC, to the second, culture-invariant.</summary>
internal static class PackText
{
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? at) => at is { } t ? Time(t) : "—";

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "yes" : "no";
}
