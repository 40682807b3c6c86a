namespace CompliancePortal.Core.Approvals;

public sealed class NoPromotionObserver : IPromotionObserver
{
    public Task StepCompletedAsync(PromotionStep step, CancellationToken ct) => Task.CompletedTask;
}
