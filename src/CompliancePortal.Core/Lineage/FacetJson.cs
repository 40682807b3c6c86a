using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompliancePortal.Core.Lineage;

/// <summary>
/// Facets are kept as received: each facet (standard, unknown or custom) is stored under its name with its JSON value
/// untouched; events of one run or job merge by facet name, the facet of the later event winning.
/// </summary>
public static class FacetJson
{
    public const string Empty = "{}";

    public static string Merge(string existing, string incoming, bool incomingIsNewer)
    {
        var into = Parse(existing);
        var from = Parse(incoming);
        foreach (var (name, value) in from)
        {
            if (incomingIsNewer || !into.ContainsKey(name))
            {
                into[name] = value?.DeepClone();
            }
        }
        return into.ToJsonString();
    }

    /// <summary>The facet names with their JSON, for display.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Entries(string? facets) =>
        Parse(facets).Select(f => new KeyValuePair<string, string>(f.Key, f.Value?.ToJsonString(Indented) ?? "null")).ToList();

    public static JsonObject Parse(string? facets) =>
        string.IsNullOrWhiteSpace(facets) ? [] : JsonNode.Parse(facets) as JsonObject ?? [];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
