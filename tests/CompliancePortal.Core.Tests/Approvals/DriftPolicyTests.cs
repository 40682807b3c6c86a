using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.Approvals;

public sealed class DriftPolicyTests
{
    private static readonly Actor Owner = Promotions.Person("Olivia Owens");

    [Fact]
    public void Define_StoresTheThresholds_AndChangesHashAndRevisionWithEveryChange()
    {
        var policy = DriftPolicy.Create(Guid.NewGuid(), Promotions.Now);

        policy.Define([new DriftThreshold(" debt_to_income ", DriftMethod.Psi, 0.1, 0.25)], Owner, Promotions.Now);
        var firstHash = policy.PolicyHash;
        policy.Define([new DriftThreshold("auc", DriftMethod.MetricDrop, 0.02, 0.05)], Owner, Promotions.Now);

        Assert.Equal(2, policy.Revision);
        Assert.NotEqual(firstHash, policy.PolicyHash);
        Assert.Equal("auc", Assert.Single(policy.Thresholds).Monitored);
    }

    [Fact]
    public void Define_NothingAtAll_IsRefused() =>
        Assert.Contains("Thresholds", Assert.Throws<ValidationFailedException>(() => DriftPolicy.Create(Guid.NewGuid(), Promotions.Now)
            .Define([], Owner, Promotions.Now)).Errors.Keys);

    [Theory]
    [InlineData(DriftMethod.Psi, 0.25, 0.1, "Thresholds[0].Critical")]
    [InlineData(DriftMethod.Psi, 0.1, 0.1, "Thresholds[0].Critical")]
    [InlineData(DriftMethod.KolmogorovSmirnov, 0.1, 1.5, "Thresholds[0].Critical")]
    [InlineData(DriftMethod.MetricDrop, 0, 0.05, "Thresholds[0].Warning")]
    [InlineData(DriftMethod.Psi, double.NaN, 0.05, "Thresholds[0].Warning")]
    public void Define_WithImpossibleThresholds_NamesTheField(DriftMethod method, double warning, double critical, string field)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => DriftPolicy.Create(Guid.NewGuid(), Promotions.Now)
            .Define([new DriftThreshold("income", method, warning, critical)], Owner, Promotions.Now));

        Assert.Contains(field, refused.Errors.Keys);
    }

    [Fact]
    public void Define_TheSameFeatureTwiceWithOneMethod_IsRefused_ButTwoMethodsAreFine()
    {
        var policy = DriftPolicy.Create(Guid.NewGuid(), Promotions.Now);

        Assert.Throws<ValidationFailedException>(() => policy.Define([
            new DriftThreshold("income", DriftMethod.Psi, 0.1, 0.2), new DriftThreshold("Income", DriftMethod.Psi, 0.1, 0.3)], Owner, Promotions.Now));
        policy.Define([new DriftThreshold("income", DriftMethod.Psi, 0.1, 0.2), new DriftThreshold("income", DriftMethod.KolmogorovSmirnov, 0.1, 0.2)],
            Owner, Promotions.Now);

        Assert.Equal(2, policy.Thresholds.Count);
    }
}
