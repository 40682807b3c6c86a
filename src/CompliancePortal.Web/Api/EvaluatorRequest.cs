namespace CompliancePortal.Web.Api;

/// <summary>
/// The evaluator to run: <c>onnx</c> (the version's ONNX artifact, run in-process; name and version are the portal's)
/// or <c>mlflow</c> (an MLflow scoring endpoint, with the name and version of what it serves).
/// </summary>
public sealed record EvaluatorRequest(string? Kind, string? Endpoint, string? Name, string? Version);
