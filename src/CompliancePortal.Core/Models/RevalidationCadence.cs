namespace CompliancePortal.Core.Models;

/// <summary>How often a model must be revalidated: from its risk tier unless overridden with a reason.</summary>
public sealed record RevalidationCadence(int Months, bool IsOverride, string? Reason)
{
    public const int MinMonths = 1;
    public const int MaxMonths = 36;

    public static int DefaultMonths(RiskTier tier) => tier switch
    {
        RiskTier.Critical => 3,
        RiskTier.High => 3,
        RiskTier.Medium => 6,
        RiskTier.Low => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    public static RevalidationCadence For(RiskTier tier, int? overrideMonths, string? reason) =>
        overrideMonths is { } months
            ? new RevalidationCadence(months, true, reason)
            : new RevalidationCadence(DefaultMonths(tier), false, null);

    public override string ToString() =>
        IsOverride ? $"every {Months} months (override: {Reason})" : $"every {Months} months (risk-tier default)";
}
