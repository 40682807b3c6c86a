using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Approvals;

/// <summary>What an owner (or a pipeline on their behalf) submits to request a promotion.</summary>
public sealed record PromotionSubmission(ModelStage? TargetStage, string? Rationale, ModelStage? PreviousVersionStage)
{
    public const int MaxRationaleLength = 4000;

    public void Validate()
    {
        new ValidationErrors()
            .When(TargetStage != ModelStage.Production, nameof(TargetStage),
                "The target stage must be Production: promotion requests are how a version reaches Production.")
            .When(string.IsNullOrWhiteSpace(Rationale), nameof(Rationale), "Give a rationale: why this version should be in production.")
            .When(Rationale?.Trim().Length > MaxRationaleLength, nameof(Rationale), $"The rationale can be at most {MaxRationaleLength} characters.")
            .When(PreviousVersionStage is not (ModelStage.Staging or ModelStage.Retired), nameof(PreviousVersionStage),
                "Choose where the current production version goes: Staging or Retired.")
            .ThrowIfAny();
    }
}
