using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

public sealed class RiskAssessmentTests
{
    [Theory]
    [InlineData(RiskLevel.Low, RiskLevel.Low, RiskLevel.Low)]
    [InlineData(RiskLevel.Low, RiskLevel.Moderate, RiskLevel.Low)]
    [InlineData(RiskLevel.Low, RiskLevel.High, RiskLevel.Moderate)]
    [InlineData(RiskLevel.Moderate, RiskLevel.Moderate, RiskLevel.Moderate)]
    [InlineData(RiskLevel.Moderate, RiskLevel.High, RiskLevel.High)]
    [InlineData(RiskLevel.High, RiskLevel.High, RiskLevel.High)]
    public void Score_IsLikelihoodTimesImpact(RiskLevel likelihood, RiskLevel impact, RiskLevel expected)
    {
        Assert.Equal(expected, Assessment(likelihood, impact).Score);
    }

    [Fact]
    public void Score_WithoutARollbackPlan_IsNeverLow()
    {
        Assert.Equal(RiskLevel.Moderate, (Assessment(RiskLevel.Low, RiskLevel.Low) with { RollbackPlan = " " }).Score);
    }

    [Fact]
    public void Validate_NamesEveryMissingAnswer()
    {
        var empty = new RiskAssessment(null, "", RiskLevel.Low, (RiskLevel)7, null, null, null, null);

        var refused = Assert.Throws<ValidationFailedException>(() => empty.Validate(new()).ThrowIfAny());

        Assert.Equal(
            new[] { "Impact", "ImpactIfItFails", "Responsible", "RollbackPlan", "TestEvidence", "WhatChanges", "Why" },
            refused.Errors.Keys.Order().ToArray());
    }

    private static RiskAssessment Assessment(RiskLevel likelihood, RiskLevel impact) =>
        new("Recalibrated PD curve", "Default definition changed", likelihood, impact, "Mispriced loans for a week",
            "Evaluation 2026-11 on holdout-2026q3", "Promote 2.0.0 back through rollback", "Olivia Owens");
}
