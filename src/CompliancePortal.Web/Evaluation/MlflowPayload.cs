using System.Text.Json;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Evaluation;

/// <summary>The MLflow scoring protocol's request and response bodies.</summary>
internal static class MlflowPayload
{
    public static byte[] Batch(GoldenSetTable table, int start, int count)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("dataframe_split");
            json.WriteStartArray("columns");
            foreach (var column in table.FeatureColumns)
            {
                json.WriteStringValue(column);
            }
            json.WriteEndArray();
            json.WriteStartArray("data");
            for (var row = start; row < start + count; row++)
            {
                json.WriteStartArray();
                foreach (var value in table.Row(row))
                {
                    json.WriteNumberValue(value);
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static async Task<JsonElement[]> ReadPredictionsAsync(HttpResponseMessage response, Uri invocations, int expected, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw new EvaluationRefusedException($"The scoring endpoint {invocations} did not answer with JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            var predictions = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("predictions", out var p) ? p : root;
            if (predictions.ValueKind != JsonValueKind.Array)
            {
                throw new EvaluationRefusedException($"The scoring endpoint {invocations} answered without a \"predictions\" array.");
            }
            if (predictions.GetArrayLength() != expected)
            {
                throw new EvaluationRefusedException($"The scoring endpoint {invocations} returned {predictions.GetArrayLength()} predictions "
                    + $"for {expected} rows.");
            }
            return predictions.EnumerateArray().Select(e => e.Clone()).ToArray();
        }
    }
}
