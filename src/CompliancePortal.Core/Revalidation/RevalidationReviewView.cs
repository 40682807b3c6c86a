namespace CompliancePortal.Core.Revalidation;

/// <summary>A revalidation review as people and API callers see it.</summary>
/// <param name="RaisesAlert">The review was signed off as a fail: the model carries an alert until a later review passes.</param>
public sealed record RevalidationReviewView(
    Guid Id,
    string ModelKey,
    string? ProductionVersionLabel,
    DateTimeOffset DueAt,
    DateTimeOffset OpenedAt,
    RevalidationReviewState State,
    RevalidationSignature? OwnerSignature,
    RevalidationSignature? ComplianceOfficerSignature,
    RevalidationOutcome? Outcome,
    DateTimeOffset? SignedOffAt,
    bool RaisesAlert,
    Guid? EvaluationRunId)
{
    public static RevalidationReviewView From(RevalidationReview r) => new(r.Id, r.ModelKey, r.ProductionVersionLabel, r.DueAt, r.OpenedAt,
        r.State, r.OwnerSignature, r.ComplianceOfficerSignature, r.Outcome, r.SignedOffAt, r.RaisesAlert, r.EvaluationRunId);
}
