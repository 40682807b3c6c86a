namespace CompliancePortal.Web.Evaluation;

/// <summary>Where a background evaluation stands, for a page that polls it.</summary>
/// <param name="State">enqueued, processing, succeeded, failed, scheduled or deleted.</param>
/// <param name="EvaluationId">The recorded evaluation, once the job succeeded.</param>
/// <param name="Error">Why the job failed; nothing was recorded.</param>
public sealed record EvaluationJobStatus(string JobId, string State, int? RowsScored, Guid? EvaluationId, string? Error);
