namespace CompliancePortal.Core.Siem;

/// <summary>A destination and its health: how far delivery got, how far behind the chain it is, and the last error.</summary>
public sealed record SiemDestinationView(
    Guid Id,
    string Name,
    SiemDestinationKind Kind,
    string Target,
    bool Enabled,
    long LastDeliveredSequence,
    long Lag,
    DateTimeOffset? LastDeliveredAt,
    DateTimeOffset? LastAttemptAt,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset? NextAttemptAt)
{
    public bool Healthy => Enabled && LastError is null;

    internal static SiemDestinationView From(SiemDestination d, long tail) => new(d.Id, d.Name, d.Kind,
        d.Kind == SiemDestinationKind.Syslog ? $"syslog+{d.Transport?.ToString().ToLowerInvariant()}://{d.Host}:{d.Port}" : d.Url!,
        d.Enabled, d.LastDeliveredSequence, Math.Max(0, tail - d.LastDeliveredSequence), d.LastDeliveredAt, d.LastAttemptAt, d.LastError,
        d.ConsecutiveFailures, d.NextAttemptAt);
}
