namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>A run on the path back: the training run of the version, or a run upstream that produced data it read.</summary>
public sealed record TracedRun(
    Guid RunId,
    string Role,
    string JobNamespace,
    string JobName,
    RunState State,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string? CodeRepository,
    string? CodeCommit,
    IReadOnlyList<string> Read,
    IReadOnlyList<string> Wrote);
