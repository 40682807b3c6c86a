using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Core.Tests.Approvals;

public sealed class ReproducibilityCheckTests
{
    private static ReproducibilityItem Item(ReproducibilityStatus status) => new("Artifact", "file:///m.onnx", status, "");

    [Theory]
    [InlineData(ReproducibilityStatus.Verified, true)]
    [InlineData(ReproducibilityStatus.PinnedNotReachable, true)]
    [InlineData(ReproducibilityStatus.Missing, false)]
    [InlineData(ReproducibilityStatus.Mismatch, false)]
    [InlineData(ReproducibilityStatus.NotPinned, false)]
    public void Check_PassesOnlyWhenEveryPinHoldsOrCannotBeReached(ReproducibilityStatus artifact, bool passed)
    {
        var check = ReproducibilityCheck.Record(Guid.NewGuid(), [Item(ReproducibilityStatus.Verified), Item(artifact)],
            Promotions.Person("Olivia Owens"), Promotions.Now);

        Assert.Equal(passed, check.Passed);
        Assert.Equal(artifact, check.Items[1].Status);
    }

    [Fact]
    public void Check_WithNothingPinned_Fails() =>
        Assert.False(ReproducibilityCheck.Record(Guid.NewGuid(), [], Promotions.Person("Olivia Owens"), Promotions.Now).Passed);
}
