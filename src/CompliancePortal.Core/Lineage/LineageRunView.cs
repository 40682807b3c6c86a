using System.Text.Json;

namespace CompliancePortal.Core.Lineage;

public sealed record LineageRunView(
    Guid RunId,
    string JobNamespace,
    string JobName,
    LineageOrigin Origin,
    RunState State,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string? CodeRepository,
    string? CodeCommit,
    string? CodePath,
    Guid? ParentRunId,
    string? ModelKey,
    string? ModelVersionLabel,
    RunModelLink? ModelLink,
    IReadOnlyDictionary<string, JsonElement> Facets,
    IReadOnlyDictionary<string, JsonElement> JobFacets,
    IReadOnlyList<RunDatasetView> Inputs,
    IReadOnlyList<RunDatasetView> Outputs);
