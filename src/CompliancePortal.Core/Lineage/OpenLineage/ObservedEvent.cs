namespace CompliancePortal.Core.Lineage.OpenLineage;

/// <summary>An event read and checked against the OpenLineage 2-0 core schema, ready to be recorded.</summary>
public sealed record ObservedEvent(
    LineageEventKind Kind,
    RunState? EventType,
    DateTimeOffset EventTime,
    string Producer,
    string SchemaUrl,
    Guid? RunId,
    string? JobNamespace,
    string? JobName,
    string RunFacets,
    string JobFacets,
    CodeLocation? Code,
    Guid? ParentRunId,
    IReadOnlyList<ObservedDataset> Inputs,
    IReadOnlyList<ObservedDataset> Outputs,
    ObservedDataset? Dataset,
    string Fingerprint,
    string Body);
