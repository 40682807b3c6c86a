using System.Net.Http.Headers;
using System.Text.Json;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Evaluation;

/// <summary>
/// Scores a golden set on an HTTP endpoint that speaks the MLflow scoring protocol: <c>POST {endpoint}/invocations</c>
/// with <c>{"dataframe_split": {"columns": [...], "data": [[...]]}}</c>, in batches.
/// </summary>
/// <remarks>
/// The answer is <c>{"predictions": [...]}</c> (or a bare array), one entry per row, all of one shape:
/// a number (the predicted class or quantity; for classification, numbers that are not all classes of the golden set
/// but lie in [0, 1] are read as the positive-class probability); an array <c>[p(negative), p(positive)]</c>;
/// or an object with <c>probability</c> (a number, or such an array) and/or <c>prediction</c> (a number).
/// </remarks>
public sealed class MlflowHttpEvaluator(HttpClient http, Uri endpoint, string name, string version, int batchSize, TimeSpan timeout) : IEvaluator
{
    public string Name => name;

    public string Version => version;

    public async Task<Predictions> ScoreAsync(GoldenSetTable table, CancellationToken ct, IProgress<int>? progress = null)
    {
        var invocations = new Uri(endpoint.ToString().TrimEnd('/') + "/invocations");
        var values = new double[table.RowCount];
        var scores = new double[table.RowCount];
        MlflowPredictionShape? shape = null;
        for (var start = 0; start < table.RowCount; start += batchSize)
        {
            var count = Math.Min(batchSize, table.RowCount - start);
            using var response = await PostAsync(invocations, MlflowPayload.Batch(table, start, count), ct);
            var batch = await MlflowPayload.ReadPredictionsAsync(response, invocations, count, ct);
            shape = MlflowPredictionShape.Read(batch, shape, start, values, scores);
            progress?.Report(start + count);
        }
        return shape!.Value.ToPredictions(values, scores);
    }

    private async Task<HttpResponseMessage> PostAsync(Uri invocations, byte[] payload, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var content = new ByteArrayContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(invocations, content, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new EvaluationRefusedException($"The scoring endpoint {invocations} did not answer within {timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException e)
        {
            throw new EvaluationRefusedException($"The scoring endpoint {invocations} could not be reached: {e.Message}", e);
        }
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            response.Dispose();
            throw new EvaluationRefusedException($"The scoring endpoint {invocations} answered {(int)response.StatusCode} {response.ReasonPhrase}: "
                + (body.Length > 500 ? body[..500] + "…" : body));
        }
        return response;
    }
}
