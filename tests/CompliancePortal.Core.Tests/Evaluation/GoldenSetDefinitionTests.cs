using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class GoldenSetDefinitionTests
{
    private static readonly GoldenSetDefinition Valid = new(
        "Loan defaults 2026 Q3",
        "default",
        ["income", "debt_ratio", "age"],
        [new MetricDefinition(MetricKind.RocAuc, 0.8), new MetricDefinition(MetricKind.LogLoss, 0.35)]);

    [Fact]
    public void Validate_AWellFormedDefinition_FindsNothing()
    {
        var definition = Valid;

        var errors = definition.Validate();

        Assert.True(errors.IsEmpty);
        Assert.Equal(ProblemType.Classification, definition.Problem);
    }

    [Fact]
    public void Validate_ARegressionDefinition_FindsNothing()
    {
        var definition = Valid with { Metrics = [new(MetricKind.Rmse, 1200), new(MetricKind.RSquared, -0.5)] };

        var errors = definition.Validate();

        Assert.True(errors.IsEmpty);
        Assert.Equal(ProblemType.Regression, definition.Problem);
    }

    public static TheoryData<string, GoldenSetDefinition> Refusals => new()
    {
        { "Name", Valid with { Name = "  " } },
        { "Name", Valid with { Name = new string('x', GoldenSetDefinition.MaxNameLength + 1) } },
        { "LabelColumn", Valid with { LabelColumn = "" } },
        { "FeatureColumns", Valid with { FeatureColumns = [] } },
        { "FeatureColumns", Valid with { FeatureColumns = ["income", " "] } },
        { "FeatureColumns", Valid with { FeatureColumns = ["income", "age", "income"] } },
        { "FeatureColumns", Valid with { FeatureColumns = ["income", "default"] } },
        { "Metrics", Valid with { Metrics = [] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.Accuracy, 0.9), new(MetricKind.Rmse, 2)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.Accuracy, 90)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.RocAuc, -0.1)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.Mae, -1)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.RSquared, 1.2)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.F1, double.NaN)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.F1, 0.7), new(MetricKind.F1, 0.8)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.Accuracy, 0.9, MetricDirection.LowerIsBetter)] } },
        { "Metrics", Valid with { Metrics = [new(MetricKind.Rmse, 3, MetricDirection.HigherIsBetter)] } },
        { "Metrics", Valid with { Metrics = [new((MetricKind)42, 0.5)] } },
        { "PositiveClass", Valid with { PositiveClass = double.PositiveInfinity } },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Validate_ABrokenRule_IsReportedOnItsField(string field, GoldenSetDefinition definition)
    {
        var errors = definition.Validate();

        var refused = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);
        Assert.Equal(field, Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Validate_MixedMetrics_ExplainsThatALabelIsAClassOrAQuantity()
    {
        var definition = Valid with { Metrics = [new(MetricKind.F1, 0.7), new(MetricKind.Mae, 3)] };

        var refused = Assert.Throws<ValidationFailedException>(definition.Validate().ThrowIfAny);

        Assert.Contains("cannot be mixed", Assert.Single(refused.Errors["Metrics"]));
        Assert.Null(definition.Problem);
    }

    [Fact]
    public void Validate_AThresholdOutOfRange_SaysWhatTheRangeIs()
    {
        var definition = Valid with { Metrics = [new(MetricKind.Accuracy, 90)] };

        var refused = Assert.Throws<ValidationFailedException>(definition.Validate().ThrowIfAny);

        Assert.Equal("The accuracy threshold must be a number from 0 to 1, not 90.", Assert.Single(refused.Errors["Metrics"]));
    }

    [Fact]
    public void Validate_ANaNPositiveClassOfARegressionSet_IsIgnored()
    {
        var definition = Valid with { Metrics = [new(MetricKind.Mae, 3)], PositiveClass = double.NaN };

        var errors = definition.Validate();

        Assert.True(errors.IsEmpty);
    }
}
