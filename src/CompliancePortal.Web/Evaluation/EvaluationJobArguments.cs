namespace CompliancePortal.Web.Evaluation;

/// <summary>What an evaluation job needs, stored with the job: plain values, since Hangfire keeps them as JSON.</summary>
public sealed record EvaluationJobArguments(
    string ModelKey,
    string Version,
    string GoldenSet,
    int? GoldenSetVersion,
    string EvaluatorKind,
    string? Endpoint,
    string EvaluatorName,
    string EvaluatorVersion,
    Guid RequestedById,
    string RequestedByName,
    string[] RequestedByRoles);
