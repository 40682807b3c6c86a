using System.Text.Json;

namespace CompliancePortal.Core.Lineage;

public sealed record ObservedDatasetView(Guid Id, string Key, string? Namespace, string? Name, string SourceSystemKey,
    IReadOnlyDictionary<string, JsonElement> Facets, IReadOnlyList<DatasetVersionView> Versions);
