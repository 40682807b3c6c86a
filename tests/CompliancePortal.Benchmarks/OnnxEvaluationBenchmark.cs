using System.Diagnostics;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// Scores the demo ONNX model over a 100,000-row golden set in process and computes its metrics, the way a portal
/// run does after the artifact's hash was checked. Rows are synthetic but shaped like the demo golden set.
/// </summary>
public static class OnnxEvaluationBenchmark
{
    private const int Rows = 100_000;
    private const int Repeats = 5;

    public static async Task RunAsync()
    {
        var modelPath = Path.Combine(AppContext.BaseDirectory, "assets", "demo", "onnx", "demo-credit-model.onnx");
        var model = await File.ReadAllBytesAsync(modelPath);
        var header = (await File.ReadAllLinesAsync(Path.ChangeExtension(modelPath, null).Replace("demo-credit-model", "demo-credit-golden-set") + ".csv"))[0]
            .Split(',');
        var label = header[^1];
        var features = header[..^1];
        var table = Synthetic(label, features);

        using var evaluator = new OnnxEvaluator("benchmark");
        await evaluator.LoadAsync(model, CancellationToken.None);
        // Labels drawn from the model's own probabilities, so the metrics computed are realistic, not chance.
        var first = await evaluator.ScoreAsync(table, CancellationToken.None);
        var draw = new Random(7);
        var labels = first.PositiveScores!.Select(p => draw.NextDouble() < p ? 1.0 : 0.0).ToArray();
        table = new GoldenSetTable(label, features, table.Features, labels, table.ContentHash);

        var timings = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            var predictions = await evaluator.ScoreAsync(table, CancellationToken.None);
            var auc = Metrics.Compute(MetricKind.RocAuc, table.Labels, PredictionSeries.For(MetricKind.RocAuc, predictions, table.Labels, 1));
            var accuracy = Metrics.Compute(MetricKind.Accuracy, table.Labels, PredictionSeries.For(MetricKind.Accuracy, predictions, table.Labels, 1));
            watch.Stop();
            timings.Add(watch.Elapsed.TotalMilliseconds);
            if (i == 0)
            {
                Console.WriteLine($"sanity: ROC AUC {auc:F3}, accuracy {accuracy:F3}");
            }
        }
        timings.Sort();
        Console.WriteLine($"ONNX evaluation of {Rows:N0} rows × {features.Length} features (score + ROC AUC + accuracy), {Repeats} runs: " +
            $"median {timings[Repeats / 2]:F0} ms, min {timings[0]:F0} ms, max {timings[^1]:F0} ms");
    }

    private static GoldenSetTable Synthetic(string label, string[] features)
    {
        var random = new Random(20261126);
        var matrix = new float[Rows * features.Length];
        var labels = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            var sum = 0.0;
            for (var f = 0; f < features.Length; f++)
            {
                var value = (float)(random.NextDouble() * 2 - 1);
                matrix[r * features.Length + f] = value;
                sum += value;
            }
            labels[r] = sum > 0 ? 1 : 0;
        }
        return new GoldenSetTable(label, features, matrix, labels, new string('0', 64));
    }
}
