using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Lineage.OpenLineage;

/// <summary>
/// Reads one OpenLineage event (spec 2-0-x) and checks it against the core schema, collecting every problem with the
/// JSON path it is at, so a producer sees all that is wrong at once and nothing is written.
/// </summary>
public static class OpenLineageReader
{
    public const int MaxDatasetsPerEvent = 1000;

    private static readonly string[] EventTypes = ["START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"];

    public static ObservedEvent Read(ReadOnlySpan<byte> body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw Invalid("body", $"The event is not valid JSON: {ex.Message}");
        }
        if (root is not JsonObject e)
        {
            throw Invalid("body", "An OpenLineage event is a JSON object (a RunEvent, DatasetEvent or JobEvent).");
        }
        var errors = new ValidationErrors();
        var kind = e.ContainsKey("run") ? LineageEventKind.RunEvent
            : e.ContainsKey("dataset") ? LineageEventKind.DatasetEvent
            : e.ContainsKey("job") ? LineageEventKind.JobEvent
            : (LineageEventKind?)null;
        if (kind is null)
        {
            throw Invalid("body", "Not an OpenLineage event: a RunEvent has 'run' and 'job', a DatasetEvent has 'dataset', a JobEvent has 'job'.");
        }

        var eventTime = ReadTime(e, errors);
        var producer = RequiredString(e, "producer", "producer", errors);
        var schemaUrl = RequiredString(e, "schemaURL", "schemaURL", errors);
        if (producer is not null && !Uris.IsAbsolute(producer))
        {
            errors.Add("producer", "'producer' must be a URI naming the producer, e.g. https://github.com/OpenLineage/OpenLineage/tree/1.24.0/integration/airflow.");
        }
        if (schemaUrl is not null && !Uris.IsAbsolute(schemaUrl))
        {
            errors.Add("schemaURL", "'schemaURL' must be the URI of the OpenLineage schema the event follows.");
        }
        var eventType = kind == LineageEventKind.RunEvent ? ReadEventType(e, errors) : null;

        Guid? runId = null;
        Guid? parentRunId = null;
        var runFacets = FacetJson.Empty;
        if (kind == LineageEventKind.RunEvent)
        {
            var run = RequiredObject(e, "run", "run", errors);
            if (run is not null)
            {
                runId = ReadRunId(run["runId"], "run.runId", errors);
                runFacets = Facets(run, "facets", "run.facets", errors);
                parentRunId = ParentRunId(run);
            }
        }

        string? jobNamespace = null, jobName = null;
        var jobFacets = FacetJson.Empty;
        CodeLocation? code = null;
        if (kind != LineageEventKind.DatasetEvent)
        {
            var job = RequiredObject(e, "job", "job", errors);
            if (job is not null)
            {
                jobNamespace = RequiredString(job, "namespace", "job.namespace", errors, 500);
                jobName = RequiredString(job, "name", "job.name", errors, 500);
                jobFacets = Facets(job, "facets", "job.facets", errors);
                code = SourceCode(job);
            }
        }

        var inputs = kind == LineageEventKind.DatasetEvent ? [] : Datasets(e, "inputs", "inputFacets", errors);
        var outputs = kind == LineageEventKind.DatasetEvent ? [] : Datasets(e, "outputs", "outputFacets", errors);
        ObservedDataset? dataset = null;
        if (kind == LineageEventKind.DatasetEvent)
        {
            var d = RequiredObject(e, "dataset", "dataset", errors);
            dataset = d is null ? null : Dataset(d, "dataset", null, errors);
        }
        errors.ThrowIfAny();

        var compact = root.ToJsonString();
        return new ObservedEvent(kind.Value, eventType, eventTime!.Value, producer!, schemaUrl!, runId, jobNamespace, jobName, runFacets, jobFacets,
            code, parentRunId, inputs, outputs, dataset, Hashes.Sha256Hex(Encoding.UTF8.GetBytes(compact)), compact);
    }

    private static DateTimeOffset? ReadTime(JsonObject e, ValidationErrors errors)
    {
        var text = RequiredString(e, "eventTime", "eventTime", errors);
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            && text.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            return at.ToUniversalTime();
        }
        errors.Add("eventTime", $"'eventTime' must be an ISO 8601 date-time such as 2026-11-26T09:30:00.000Z, not '{text}'.");
        return null;
    }

    private static RunState? ReadEventType(JsonObject e, ValidationErrors errors)
    {
        if (!e.TryGetPropertyValue("eventType", out var node) || node is null)
        {
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.String)
        {
            errors.Add("eventType", "'eventType' must be a string: one of START, RUNNING, COMPLETE, ABORT, FAIL, OTHER.");
            return null;
        }
        var text = node.GetValue<string>();
        if (!EventTypes.Contains(text))
        {
            errors.Add("eventType", $"'eventType' '{text}' is not one of START, RUNNING, COMPLETE, ABORT, FAIL, OTHER.");
            return null;
        }
        return Enum.Parse<RunState>(text, ignoreCase: true);
    }

    private static Guid? ReadRunId(JsonNode? node, string path, ValidationErrors errors)
    {
        if (node is null)
        {
            errors.Add(path, $"'{path}' is missing: every run event names its run with a UUID.");
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.String || !Guid.TryParseExact(node.GetValue<string>(), "D", out var id))
        {
            errors.Add(path, $"'{path}' must be a UUID string such as 0195a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b.");
            return null;
        }
        return id;
    }

    private static Guid? ParentRunId(JsonObject run) =>
        run["facets"]?["parent"]?["run"]?["runId"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && Guid.TryParse(v.GetValue<string>(), out var id) ? id : null;

    private static CodeLocation? SourceCode(JsonObject job)
    {
        if (job["facets"]?["sourceCodeLocation"] is not JsonObject facet)
        {
            return null;
        }
        var repository = Text(facet["repoUrl"]) ?? Text(facet["url"]);
        var commit = Hashes.NormalizeCommit(Text(facet["version"]));
        return new CodeLocation(repository, commit, Text(facet["path"]));
    }

    private static List<ObservedDataset> Datasets(JsonObject e, string property, string ioFacets, ValidationErrors errors)
    {
        if (!e.TryGetPropertyValue(property, out var node) || node is null)
        {
            return [];
        }
        if (node is not JsonArray array)
        {
            errors.Add(property, $"'{property}' must be an array of datasets.");
            return [];
        }
        if (array.Count > MaxDatasetsPerEvent)
        {
            errors.Add(property, $"'{property}' names {array.Count} datasets; at most {MaxDatasetsPerEvent} are accepted in one event.");
            return [];
        }
        var datasets = new List<ObservedDataset>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{property}[{i}]";
            if (array[i] is not JsonObject d)
            {
                errors.Add(path, $"'{path}' must be a dataset object with 'namespace' and 'name'.");
                continue;
            }
            if (Dataset(d, path, ioFacets, errors) is { } dataset)
            {
                datasets.Add(dataset);
            }
        }
        return datasets;
    }

    private static ObservedDataset? Dataset(JsonObject d, string path, string? ioFacets, ValidationErrors errors)
    {
        var ns = RequiredString(d, "namespace", $"{path}.namespace", errors, 500);
        var name = RequiredString(d, "name", $"{path}.name", errors, 1000);
        var facets = Facets(d, "facets", $"{path}.facets", errors);
        var io = ioFacets is null ? FacetJson.Empty : Facets(d, ioFacets, $"{path}.{ioFacets}", errors);
        string? version = null;
        if (d["facets"]?["version"] is JsonObject v)
        {
            version = Text(v["datasetVersion"]);
            if (version is null || version.Length > 500)
            {
                errors.Add($"{path}.facets.version.datasetVersion", "The version facet's 'datasetVersion' must be a string of at most 500 characters.");
            }
        }
        return ns is null || name is null ? null : new ObservedDataset(ns, name, facets, io, version);
    }

    private static string Facets(JsonObject parent, string property, string path, ValidationErrors errors)
    {
        if (!parent.TryGetPropertyValue(property, out var node) || node is null)
        {
            return FacetJson.Empty;
        }
        if (node is not JsonObject facets)
        {
            errors.Add(path, $"'{path}' must be an object of facets by name.");
            return FacetJson.Empty;
        }
        foreach (var (name, facet) in facets)
        {
            if (facet is not JsonObject)
            {
                errors.Add($"{path}.{name}", $"The facet '{path}.{name}' must be an object.");
            }
        }
        return facets.ToJsonString();
    }

    private static JsonObject? RequiredObject(JsonObject parent, string property, string path, ValidationErrors errors)
    {
        if (!parent.TryGetPropertyValue(property, out var node) || node is null)
        {
            errors.Add(path, $"'{path}' is missing.");
            return null;
        }
        if (node is not JsonObject o)
        {
            errors.Add(path, $"'{path}' must be an object.");
            return null;
        }
        return o;
    }

    private static string? RequiredString(JsonObject parent, string property, string path, ValidationErrors errors, int maxLength = 2000)
    {
        if (!parent.TryGetPropertyValue(property, out var node) || node is null)
        {
            errors.Add(path, $"'{path}' is missing.");
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.String)
        {
            errors.Add(path, $"'{path}' must be a string, not {node.GetValueKind().ToString().ToLowerInvariant()}.");
            return null;
        }
        var text = node.GetValue<string>().Trim();
        if (text.Length == 0 || text.Length > maxLength)
        {
            errors.Add(path, $"'{path}' must be a non-empty string of at most {maxLength} characters.");
            return null;
        }
        return text;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Trim() is { Length: > 0 } s ? s : null;

    private static ValidationFailedException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
