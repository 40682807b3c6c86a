using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CompliancePortal.Core.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CompliancePortal.Core.Lineage.Dvc;

/// <summary>Reads a <c>dvc.lock</c> file of schema 2.0, reporting every problem with the stage and entry it is in.</summary>
public static partial class DvcLockReader
{
    public const int MaxStages = 500;

    public static IReadOnlyList<DvcStage> Read(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw Invalid("lockFile", $"dvc.lock is not valid YAML (line {ex.Start.Line}, column {ex.Start.Column}): {ex.Message}");
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Invalid("lockFile", "dvc.lock must be one YAML mapping with 'schema' and 'stages'.");
        }
        var schema = Scalar(root, "schema");
        if (schema != "2.0")
        {
            throw Invalid("lockFile", $"Only dvc.lock schema '2.0' is read (DVC 2 and 3); this file says schema '{schema ?? "(none)"}'.");
        }
        if (Child(root, "stages") is not YamlMappingNode stages || stages.Children.Count == 0)
        {
            throw Invalid("lockFile", "dvc.lock has no 'stages'.");
        }
        if (stages.Children.Count > MaxStages)
        {
            throw Invalid("lockFile", $"dvc.lock has {stages.Children.Count} stages; at most {MaxStages} are imported at once.");
        }
        var errors = new ValidationErrors();
        var result = new List<DvcStage>();
        foreach (var (key, value) in stages.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (value is not YamlMappingNode stage)
            {
                errors.Add($"stages.{name}", $"Stage '{name}' must be a mapping with cmd, deps and outs.");
                continue;
            }
            var command = Child(stage, "cmd") switch
            {
                YamlScalarNode s => s.Value ?? "",
                YamlSequenceNode list => string.Join(" && ", list.Children.OfType<YamlScalarNode>().Select(c => c.Value)),
                _ => "",
            };
            errors.When(command.Length == 0, $"stages.{name}.cmd", $"Stage '{name}' has no 'cmd'.");
            var deps = Outputs(stage, "deps", name, errors);
            var outs = Outputs(stage, "outs", name, errors);
            var parameters = Child(stage, "params") is { } p ? ToJson(p)?.ToJsonString() ?? "{}" : "{}";
            result.Add(new DvcStage(name, command, parameters, deps, outs));
        }
        errors.ThrowIfAny();
        return result;
    }

    private static List<DvcOutput> Outputs(YamlMappingNode stage, string property, string stageName, ValidationErrors errors)
    {
        var list = new List<DvcOutput>();
        if (Child(stage, property) is not { } node)
        {
            return list;
        }
        if (node is not YamlSequenceNode sequence)
        {
            errors.Add($"stages.{stageName}.{property}", $"'{property}' of stage '{stageName}' must be a list.");
            return list;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var at = $"stages.{stageName}.{property}[{i}]";
            if (sequence.Children[i] is not YamlMappingNode entry)
            {
                errors.Add(at, $"{at} must have 'path' and 'md5'.");
                continue;
            }
            var path = Scalar(entry, "path");
            var md5 = Scalar(entry, "md5");
            var hash = Scalar(entry, "hash");
            if (string.IsNullOrWhiteSpace(path))
            {
                errors.Add($"{at}.path", $"{at} has no 'path'.");
            }
            if (hash is not null && hash != "md5")
            {
                errors.Add($"{at}.hash", $"{at} is hashed with '{hash}'; only md5 entries can be keyed.");
            }
            else if (md5 is null || !Md5Pattern().IsMatch(md5))
            {
                errors.Add($"{at}.md5", $"{at} needs an 'md5' of 32 hexadecimal digits (with '.dir' for a directory), not '{md5 ?? "(none)"}'.");
            }
            if (!errors.IsEmpty)
            {
                continue;
            }
            list.Add(new DvcOutput(path!.Trim(), md5!.ToLowerInvariant(), Long(Scalar(entry, "size")), Long(Scalar(entry, "nfiles"))));
        }
        return list;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", ToJson(c.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: not ScalarStyle.Plain } quoted => JsonValue.Create(quoted.Value),
        YamlScalarNode plain when long.TryParse(plain.Value, out var n) => JsonValue.Create(n),
        YamlScalarNode plain when double.TryParse(plain.Value, System.Globalization.CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode plain when plain.Value is "true" or "false" => JsonValue.Create(plain.Value == "true"),
        YamlScalarNode plain => plain.Value is null or "null" or "~" ? null : JsonValue.Create(plain.Value),
        _ => null,
    };

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static long? Long(string? text) => long.TryParse(text, out var n) ? n : null;

    private static ValidationFailedException Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    [GeneratedRegex(@"^[0-9a-fA-F]{32}(\.dir)?\z")]
    private static partial Regex Md5Pattern();
}
