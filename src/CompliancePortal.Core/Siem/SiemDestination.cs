using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Siem;

/// <summary>
/// A SIEM the audit chain is forwarded to, with its durable cursor: the sequence of the last event it accepted.
/// Delivery resumes after that sequence, so nothing is skipped across failures and restarts (at-least-once).
/// </summary>
public sealed class SiemDestination
{
    public const int MaxErrorLength = 1000;

    private SiemDestination() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public SiemDestinationKind Kind { get; private set; }

    /// <summary>Syslog: host name or address.</summary>
    public string? Host { get; private set; }

    public int? Port { get; private set; }

    public SyslogTransport? Transport { get; private set; }

    /// <summary>Splunk HEC: the collector's base URL (e.g. https://splunk.example:8088).</summary>
    public string? Url { get; private set; }

    /// <summary>Splunk HEC token, encrypted with the portal's data-protection keys; never shown again.</summary>
    public string? ProtectedToken { get; private set; }

    public bool Enabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedByName { get; private set; } = "";

    public long LastDeliveredSequence { get; private set; }

    public DateTimeOffset? LastDeliveredAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public static SiemDestination Create(SiemDestinationRequest request, string? protectedToken, Actor actor, DateTimeOffset at, long startAfter)
    {
        request.Validate().ThrowIfAny();
        var syslog = request.Kind == SiemDestinationKind.Syslog;
        return new SiemDestination
        {
            Id = Guid.CreateVersion7(at),
            Name = request.Name!.Trim(),
            Kind = request.Kind!.Value,
            Host = syslog ? request.Host!.Trim() : null,
            Port = syslog ? request.Port : null,
            Transport = syslog ? request.Transport : null,
            Url = syslog ? null : request.Url!.Trim().TrimEnd('/'),
            ProtectedToken = syslog ? null : protectedToken,
            Enabled = true,
            CreatedAt = at,
            CreatedByName = actor.DisplayName,
            LastDeliveredSequence = startAfter,
        };
    }

    public bool IsDue(DateTimeOffset now) => Enabled && (NextAttemptAt is null || NextAttemptAt <= now);

    /// <summary>The SIEM accepted every event up to <paramref name="sequence"/>; the cursor never moves back.</summary>
    public void Delivered(long sequence, DateTimeOffset at)
    {
        LastDeliveredSequence = Math.Max(LastDeliveredSequence, sequence);
        LastDeliveredAt = at;
        LastAttemptAt = at;
        LastError = null;
        ConsecutiveFailures = 0;
        NextAttemptAt = null;
    }

    /// <summary>A delivery failed: keep the cursor, remember why, and wait longer after each failure in a row.</summary>
    public void Failed(string error, DateTimeOffset at)
    {
        LastAttemptAt = at;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        ConsecutiveFailures++;
        NextAttemptAt = at + SiemBackoff.After(ConsecutiveFailures);
    }

    public void SetEnabled(bool enabled)
    {
        Enabled = enabled;
        NextAttemptAt = null;
        ConsecutiveFailures = 0;
    }

    /// <summary>What the audit log records: never the token.</summary>
    public object Snapshot() => new
    {
        Id, Name, Kind = Kind.ToString(), Host, Port, Transport = Transport?.ToString(), Url, HasToken = ProtectedToken is not null, Enabled,
        LastDeliveredSequence,
    };
}
