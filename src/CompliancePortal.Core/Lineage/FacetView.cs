using System.Text.Json;

namespace CompliancePortal.Core.Lineage;

/// <summary>Facets as JSON values by name, for API answers and the detail panel.</summary>
public static class FacetView
{
    public static IReadOnlyDictionary<string, JsonElement> Of(string? facets)
    {
        if (string.IsNullOrWhiteSpace(facets))
        {
            return new Dictionary<string, JsonElement>();
        }
        using var document = JsonDocument.Parse(facets);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}
