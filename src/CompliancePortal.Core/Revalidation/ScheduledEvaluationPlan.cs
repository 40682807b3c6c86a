namespace CompliancePortal.Core.Revalidation;

/// <summary>What a revalidation review's evaluation will be, or why the portal cannot run one itself.</summary>
public sealed record ScheduledEvaluationPlan(ScheduledEvaluation? Evaluation, string? NotRunBecause)
{
    public static ScheduledEvaluationPlan Run(ScheduledEvaluation evaluation) => new(evaluation, null);

    public static ScheduledEvaluationPlan NotRun(string reason) => new(null, reason);
}
