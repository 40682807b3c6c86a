namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>A run not linked to any version whose output is this version's artifact: most likely the run that trained it.</summary>
public sealed record LinkCandidate(Guid RunId, string JobName, RunState State, DateTimeOffset? EndedAt);
