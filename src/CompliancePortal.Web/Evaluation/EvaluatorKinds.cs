namespace CompliancePortal.Web.Evaluation;

/// <summary>The evaluators the portal can run.</summary>
public static class EvaluatorKinds
{
    /// <summary>An HTTP endpoint speaking the MLflow scoring protocol; its name and version are given with the request.</summary>
    public const string Mlflow = "mlflow";

    /// <summary>The built-in ONNX Runtime evaluator, versioned as the portal itself.</summary>
    public const string Onnx = "onnx";

    public static bool IsKnown(string kind) => kind is Mlflow or Onnx;
}
