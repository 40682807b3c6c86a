namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// An evaluator that runs the model version's artifact itself. The runner reads the artifact and checks it against the
/// version's pinned SHA-256 before handing it over, so an evaluator never scores bytes other than those registered.
/// </summary>
public interface IArtifactEvaluator : IEvaluator
{
    Task LoadAsync(byte[] verifiedArtifact, CancellationToken ct);
}
