using System.Security.Cryptography;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

/// <summary>The in-process evaluator against the demo model built by assets/demo/onnx/make_demo_model.py.</summary>
public sealed class OnnxEvaluatorTests
{
    private static readonly string Model = Path.Combine(AppContext.BaseDirectory, "DemoOnnx", "demo-credit-model.onnx");
    private static readonly string GoldenSet = Path.Combine(AppContext.BaseDirectory, "DemoOnnx", "demo-credit-golden-set.csv");

    [Fact]
    public async Task Score_TheDemoModel_GivesTheLogisticRegressionsProbabilities()
    {
        var table = ReadGoldenSet();
        using var evaluator = await LoadAsync(batchSize: 150);
        var rowsScored = new List<int>();

        var predictions = await evaluator.ScoreAsync(table, default, new SynchronousProgress(rowsScored));

        Assert.Null(predictions.Values);
        var scores = Assert.IsType<double[]>(predictions.PositiveScores);
        for (var i = 0; i < table.RowCount; i++)
        {
            var row = table.Row(i);
            var expected = 1 / (1 + Math.Exp(-(2.5 * row[0] - 3.0 * row[1] + 0.4)));
            Assert.Equal(expected, scores[i], tolerance: 1e-6);
        }
        Assert.Equal([150, 300, 400], rowsScored);
    }

    [Fact]
    public async Task Score_TheDemoModel_OnItsGoldenSet_IsGoodButNotPerfect()
    {
        var table = ReadGoldenSet();
        using var evaluator = await LoadAsync();

        var predictions = await evaluator.ScoreAsync(table, default);
        var auc = Metrics.Compute(MetricKind.RocAuc, table.Labels, PredictionSeries.For(MetricKind.RocAuc, predictions, table.Labels, 1));
        var accuracy = Metrics.Compute(MetricKind.Accuracy, table.Labels, PredictionSeries.For(MetricKind.Accuracy, predictions, table.Labels, 1));

        Assert.InRange(auc, 0.8, 0.99);
        Assert.InRange(accuracy, 0.7, 0.99);
    }

    [Fact]
    public async Task Load_BytesThatAreNotAnOnnxModel_IsRefused()
    {
        using var evaluator = new OnnxEvaluator("1.0.0");

        var refusal = await Assert.ThrowsAsync<EvaluationRefusedException>(() => evaluator.LoadAsync("not a model"u8.ToArray(), default));

        Assert.Contains("not an ONNX model", refusal.Message);
    }

    [Fact]
    public async Task Score_AGoldenSetWithADifferentNumberOfFeatures_IsRefusedNamingTheShapes()
    {
        using var csv = new MemoryStream("a,b,c,label\n1,2,3,0\n"u8.ToArray());
        var table = GoldenSetCsv.Read(csv, "label", ["a", "b", "c"]);
        using var evaluator = await LoadAsync();

        var refusal = await Assert.ThrowsAsync<EvaluationRefusedException>(() => evaluator.ScoreAsync(table, default));

        Assert.Contains("float[rows, 3]", refusal.Message);
    }

    private static async Task<OnnxEvaluator> LoadAsync(int batchSize = OnnxEvaluator.DefaultBatchSize)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Model)));
        var evaluator = new OnnxEvaluator("1.0.0", batchSize);
        await evaluator.LoadAsync(await ArtifactReader.ReadVerifiedAsync(new Uri(Model).AbsoluteUri, sha, default), default);
        return evaluator;
    }

    private static GoldenSetTable ReadGoldenSet()
    {
        using var stream = File.OpenRead(GoldenSet);
        return GoldenSetCsv.Read(stream, "defaulted", ["income_ratio", "utilisation"]);
    }

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
