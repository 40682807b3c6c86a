namespace CompliancePortal.Core.Lineage;

/// <summary>An OpenLineage event exactly as received, kept as evidence; its fingerprint makes redelivery change nothing.</summary>
public sealed class LineageEvent
{
    private LineageEvent() { }

    public Guid Id { get; private set; }

    /// <summary>SHA-256 of the event's JSON with insignificant whitespace removed.</summary>
    public string Fingerprint { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string? EventType { get; private set; }

    public DateTimeOffset EventTime { get; private set; }

    public Guid? RunId { get; private set; }

    public string Producer { get; private set; } = "";

    public string SchemaUrl { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public static LineageEvent Receive(string fingerprint, string kind, string? eventType, DateTimeOffset eventTime, Guid? runId, string producer,
        string schemaUrl, string body, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), Fingerprint = fingerprint, Kind = kind, EventType = eventType, EventTime = eventTime, RunId = runId,
        Producer = producer, SchemaUrl = schemaUrl, Body = body, ReceivedAt = at,
    };

    public object Snapshot() => new { Id, Fingerprint, Kind, EventType, EventTime, RunId, Producer };
}
