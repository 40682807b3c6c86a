using CompliancePortal.Core.Common;
using CompliancePortal.Web.Evaluation;

namespace CompliancePortal.Web.Api;

public static class RunEvaluationRequestMapping
{
    public static EvaluationJobArguments ToJobArguments(this RunEvaluationRequest r, string key, string version, Actor actor)
    {
        var kind = r.Evaluator?.Kind?.Trim().ToLowerInvariant() ?? "";
        var trigger = PortalRunTriggers.Parse(r.Trigger);
        new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(r.GoldenSet), "GoldenSet", "Name the golden set to evaluate against.")
            .When(r.Evaluator is null, "Evaluator", "Give the evaluator: {kind: \"onnx\"} or {kind: \"mlflow\", endpoint, name, version}.")
            .When(r.Evaluator is not null && !EvaluatorKinds.IsKnown(kind), "Evaluator.Kind",
                $"There is no evaluator kind \"{kind}\"; use \"onnx\" (the model's ONNX artifact, run by the portal) or \"mlflow\" (an MLflow scoring endpoint).")
            .When(trigger is null, "Trigger", $"There is no trigger \"{r.Trigger}\" for an evaluation you start; use \"manual\" or \"promotion\".")
            .ThrowIfAny();
        return new EvaluationJobArguments(key, version, r.GoldenSet!.Trim(), r.GoldenSetVersion, kind, r.Evaluator!.Endpoint?.Trim(),
            r.Evaluator.Name?.Trim() ?? "", r.Evaluator.Version?.Trim() ?? "", actor.RequirePerson(), actor.DisplayName, [.. actor.Roles], trigger!.Value);
    }
}
