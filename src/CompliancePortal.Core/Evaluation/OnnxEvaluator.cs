using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// Runs an ONNX model in-process with ONNX Runtime, on the artifact the runner has checked against the version's pin.
/// </summary>
/// <remarks>
/// The model takes one float input of shape [rows, features], features in the golden set's order. Its first output is
/// read as: [rows, 2] — the probability of the negative and of the positive class; [rows] or [rows, 1] — the predicted
/// class or quantity (for classification, values in [0, 1] that are not all classes are read as probabilities).
/// </remarks>
public sealed class OnnxEvaluator(string version, int batchSize = OnnxEvaluator.DefaultBatchSize) : IArtifactEvaluator, IDisposable
{
    public const string BuiltInName = "portal-onnx";
    public const int DefaultBatchSize = 10_000;

    private InferenceSession? _session;

    public string Name => BuiltInName;

    public string Version => version;

    public Task LoadAsync(byte[] verifiedArtifact, CancellationToken ct)
    {
        try
        {
            _session = new InferenceSession(verifiedArtifact);
        }
        catch (OnnxRuntimeException e)
        {
            throw new EvaluationRefusedException($"The artifact is not an ONNX model ONNX Runtime can load: {e.Message}", e);
        }
        return Task.CompletedTask;
    }

    public Task<Predictions> ScoreAsync(GoldenSetTable table, CancellationToken ct, IProgress<int>? progress = null) =>
        Task.Run(() => Score(table, ct, progress), ct);

    private Predictions Score(GoldenSetTable table, CancellationToken ct, IProgress<int>? progress)
    {
        var session = _session ?? throw new InvalidOperationException("Load the artifact before scoring.");
        var input = CheckInput(session, table.FeatureCount);
        var output = session.OutputNames[0];
        double[]? values = null, scores = null;
        for (var start = 0; start < table.RowCount; start += batchSize)
        {
            ct.ThrowIfCancellationRequested();
            var count = Math.Min(batchSize, table.RowCount - start);
            var features = new DenseTensor<float>(table.Features.AsMemory(start * table.FeatureCount, count * table.FeatureCount),
                [count, table.FeatureCount]);
            using var results = session.Run([NamedOnnxValue.CreateFromTensor(input, features)], [output]);
            var tensor = results[0].AsTensor<float>();
            var dims = tensor.Dimensions.ToArray();
            if (dims[0] != count || dims.Length > 2 || (dims.Length == 2 && dims[1] is not (1 or 2)))
            {
                throw new EvaluationRefusedException($"The model's output \"{output}\" has shape [{string.Join(", ", dims)}] for {count} rows; "
                    + "expected [rows], [rows, 1] or [rows, 2] (the probabilities of the negative and positive class).");
            }
            var isPair = dims.Length == 2 && dims[1] == 2;
            var target = isPair ? scores ??= new double[table.RowCount] : values ??= new double[table.RowCount];
            for (var i = 0; i < count; i++)
            {
                target[start + i] = isPair ? tensor[i, 1] : dims.Length == 2 ? tensor[i, 0] : tensor[i];
            }
            progress?.Report(start + count);
        }
        return new Predictions(values, scores);
    }

    private static string CheckInput(InferenceSession session, int featureCount)
    {
        if (session.InputMetadata.Count != 1)
        {
            throw new EvaluationRefusedException($"The model has {session.InputMetadata.Count} inputs; the portal feeds one float input of "
                + "shape [rows, features].");
        }
        var (name, meta) = session.InputMetadata.Single();
        var shape = meta.Dimensions;
        if (meta.ElementType != typeof(float) || shape.Length != 2 || (shape[1] > 0 && shape[1] != featureCount))
        {
            throw new EvaluationRefusedException($"The model's input \"{name}\" is {meta.ElementType.Name}[{string.Join(", ", shape)}]; the golden "
                + $"set gives float[rows, {featureCount}].");
        }
        return name;
    }

    public void Dispose() => _session?.Dispose();
}
