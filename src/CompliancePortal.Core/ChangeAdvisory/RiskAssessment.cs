using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// The requester's short risk assessment of a change. The score is likelihood × impact on a 3 × 3 matrix: 1–2 Low,
/// 3–4 Moderate, 6–9 High; a change without a tested rollback plan is never scored Low.
/// </summary>
public sealed record RiskAssessment(
    string? WhatChanges,
    string? Why,
    RiskLevel Likelihood,
    RiskLevel Impact,
    string? ImpactIfItFails,
    string? TestEvidence,
    string? RollbackPlan,
    string? Responsible)
{
    public const int MaxLength = 4000;

    public RiskLevel Score => ((int)Likelihood * (int)Impact) switch
    {
        <= 2 when !string.IsNullOrWhiteSpace(RollbackPlan) => RiskLevel.Low,
        <= 4 => RiskLevel.Moderate,
        _ => RiskLevel.High,
    };

    public ValidationErrors Validate(ValidationErrors errors)
    {
        Required(errors, WhatChanges, nameof(WhatChanges), "Say what changes.");
        Required(errors, Why, nameof(Why), "Say why the change is made.");
        Required(errors, ImpactIfItFails, nameof(ImpactIfItFails), "Say what happens if the change fails in production.");
        Required(errors, TestEvidence, nameof(TestEvidence), "Name the test evidence (evaluations, back-tests, reviews).");
        Required(errors, RollbackPlan, nameof(RollbackPlan), "Say how the change is rolled back.");
        Required(errors, Responsible, nameof(Responsible), "Name who is responsible for the change.");
        return errors
            .When(!Enum.IsDefined(Likelihood), nameof(Likelihood), "Rate how likely the change is to cause a problem: low, moderate or high.")
            .When(!Enum.IsDefined(Impact), nameof(Impact), "Rate the impact if it does: low, moderate or high.");
    }

    private static void Required(ValidationErrors errors, string? value, string field, string message) => errors
        .When(string.IsNullOrWhiteSpace(value), field, message)
        .When(value?.Trim().Length > MaxLength, field, $"At most {MaxLength} characters.");
}
