namespace CompliancePortal.Core.Lineage;

/// <summary>Where a job's code lives (the OpenLineage <c>sourceCodeLocation</c> job facet, or a DVC repository and commit).</summary>
public sealed record CodeLocation(string? Repository, string? Commit, string? Path);
