namespace CompliancePortal.Core.Siem;

/// <summary>How long delivery to a failing destination waits: 5 s, doubling with each failure in a row, at most 10 minutes.</summary>
public static class SiemBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    public static TimeSpan After(int consecutiveFailures)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 20);
        var delay = First * Math.Pow(2, exponent);
        return delay < Max ? delay : Max;
    }
}
