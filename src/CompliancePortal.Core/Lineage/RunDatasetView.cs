using System.Text.Json;

namespace CompliancePortal.Core.Lineage;

/// <summary>A dataset version a run read or wrote, with its hashes and the facets the producer sent.</summary>
public sealed record RunDatasetView(
    Guid DatasetVersionId,
    string Reference,
    string? Namespace,
    string DatasetName,
    string SourceSystemKey,
    string Label,
    string? ExternalVersion,
    string Uri,
    string ContentHash,
    LineageOrigin Origin,
    IReadOnlyDictionary<string, JsonElement> DatasetFacets,
    IReadOnlyDictionary<string, JsonElement> Facets);
