using System.Reflection;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Evaluation;

/// <summary>Builds the evaluator a job asks for.</summary>
public sealed class PortalEvaluators(MlflowEvaluatorFactory mlflow)
{
    /// <summary>The portal's own version, which versions its built-in evaluators.</summary>
    public static string PortalVersion { get; } =
        typeof(PortalEvaluators).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static EvaluatorIdentity Identity(EvaluationJobArguments args) => args.EvaluatorKind == EvaluatorKinds.Onnx
        ? new EvaluatorIdentity(OnnxEvaluator.BuiltInName, PortalVersion)
        : new EvaluatorIdentity(args.EvaluatorName, args.EvaluatorVersion);

    public IEvaluator Create(EvaluationJobArguments args) => args.EvaluatorKind == EvaluatorKinds.Onnx
        ? new OnnxEvaluator(PortalVersion)
        : mlflow.Create(args.Endpoint ?? "", args.EvaluatorName, args.EvaluatorVersion);
}
