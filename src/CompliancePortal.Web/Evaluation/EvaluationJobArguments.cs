using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Revalidation;

namespace CompliancePortal.Web.Evaluation;

/// <summary>
/// What an evaluation job needs, stored with the job: plain values, since Hangfire keeps them as JSON. A scheduled
/// revalidation's evaluation runs as the portal itself (no person) and is attached to its review when it finishes.
/// </summary>
public sealed record EvaluationJobArguments(
    string ModelKey,
    string Version,
    string GoldenSet,
    int? GoldenSetVersion,
    string EvaluatorKind,
    string? Endpoint,
    string EvaluatorName,
    string EvaluatorVersion,
    Guid? RequestedById,
    string RequestedByName,
    string[] RequestedByRoles,
    EvaluationTrigger Trigger = EvaluationTrigger.Manual,
    Guid? RevalidationReviewId = null)
{
    public Actor RequestedBy => new(RequestedById, RequestedByName, RequestedByRoles.ToHashSet());

    public EvaluationRequest Request => new(ModelKey, Version, GoldenSet, GoldenSetVersion, Trigger);

    public static EvaluationJobArguments ForRevalidation(ScheduledEvaluation evaluation) =>
        new(evaluation.ModelKey, evaluation.Version, evaluation.GoldenSet, null, EvaluatorKinds.Onnx, null, "", "",
            Actor.System.PersonId, Actor.System.DisplayName, [], EvaluationTrigger.Schedule, evaluation.ReviewId);
}
