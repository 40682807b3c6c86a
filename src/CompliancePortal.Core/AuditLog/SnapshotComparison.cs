using System.Text.Json;

namespace CompliancePortal.Core.AuditLog;

/// <summary>
/// Lines up an event's before and after snapshots field by field (nested fields as <c>a.b</c>, array items as
/// <c>a[0]</c>), so a reader sees what changed without reading two JSON documents side by side.
/// </summary>
public static class SnapshotComparison
{
    public static IReadOnlyList<SnapshotChange> Compare(string? before, string? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        var fields = @new.Keys.Concat(old.Keys).Distinct(StringComparer.Ordinal);
        return fields.Select(f => new SnapshotChange(f, old.GetValueOrDefault(f), @new.GetValueOrDefault(f))).ToList();
    }

    private static Dictionary<string, string> Flatten(string? json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            Walk(document.RootElement, "", fields);
        }
        catch (JsonException)
        {
            fields["(value)"] = json;
        }
        return fields;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", fields);
                }
                if (index == 0)
                {
                    fields[path] = "[]";
                }
                break;
            case JsonValueKind.String:
                fields[Name(path)] = element.GetString()!;
                break;
            case JsonValueKind.Null:
                fields[Name(path)] = "null";
                break;
            default:
                fields[Name(path)] = element.GetRawText();
                break;
        }
    }

    private static string Name(string path) => path.Length == 0 ? "(value)" : path;
}
