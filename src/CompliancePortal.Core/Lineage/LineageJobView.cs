using System.Text.Json;

namespace CompliancePortal.Core.Lineage;

public sealed record LineageJobView(Guid Id, string Namespace, string Name, LineageOrigin Origin, IReadOnlyDictionary<string, JsonElement> Facets,
    int RunCount);
