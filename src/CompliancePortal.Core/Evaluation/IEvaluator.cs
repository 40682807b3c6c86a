namespace CompliancePortal.Core.Evaluation;

/// <summary>Something the portal runs to score a model version on a golden set: a scoring endpoint, or a model run in-process.</summary>
public interface IEvaluator
{
    /// <summary>The evaluator's name, stored with every evaluation it produces.</summary>
    string Name { get; }

    /// <summary>The version that pins the evaluator's code: the portal's own version for built-in evaluators, a commit for external ones.</summary>
    string Version { get; }

    /// <summary>Scores every row of <paramref name="table"/>, in order.</summary>
    /// <param name="progress">Receives the number of rows scored so far.</param>
    /// <exception cref="EvaluationRefusedException">The rows could not be scored; the message says why.</exception>
    Task<Predictions> ScoreAsync(GoldenSetTable table, CancellationToken ct, IProgress<int>? progress = null);
}
