using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class MetricKindsTests
{
    [Theory]
    [InlineData("accuracy", MetricKind.Accuracy)]
    [InlineData("rocAuc", MetricKind.RocAuc)]
    [InlineData("roc_auc", MetricKind.RocAuc)]
    [InlineData("ROC-AUC", MetricKind.RocAuc)]
    [InlineData("log_loss", MetricKind.LogLoss)]
    [InlineData("r2", MetricKind.RSquared)]
    [InlineData("rSquared", MetricKind.RSquared)]
    public void TryParse_OfANameAsClientsWriteIt_FindsTheMetric(string name, MetricKind expected)
    {
        var found = MetricKinds.TryParse(name, out var kind);

        Assert.True(found);
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("vibes")]
    [InlineData("3")]
    public void TryParse_OfAnythingElse_FindsNothing(string? name)
    {
        var found = MetricKinds.TryParse(name, out _);

        Assert.False(found);
    }
}
