using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Web.Api;

/// <summary>Body of a risk assessment; likelihood and impact are "Low", "Moderate" or "High".</summary>
public sealed record RiskAssessmentRequest(
    string? WhatChanges,
    string? Why,
    string? Likelihood,
    string? Impact,
    string? ImpactIfItFails,
    string? TestEvidence,
    string? RollbackPlan,
    string? Responsible)
{
    /// <summary>
    /// An unknown rating is refused here, naming the field; a missing one reaches the domain as an undefined level, so its
    /// message stands beside those for the other missing fields.
    /// </summary>
    public RiskAssessment ToAssessment()
    {
        var errors = new ValidationErrors();
        var likelihood = Level(Likelihood, "likelihood", errors);
        var impact = Level(Impact, "impact", errors);
        errors.ThrowIfAny();
        return new RiskAssessment(WhatChanges, Why, likelihood, impact, ImpactIfItFails, TestEvidence, RollbackPlan, Responsible);
    }

    private static RiskLevel Level(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return default;
        }
        if (EnumNames.TryParse<RiskLevel>(value, out var level))
        {
            return level;
        }
        errors.Add(field, $"'{value}' is not a {field} rating: send Low, Moderate or High.");
        return default;
    }
}
