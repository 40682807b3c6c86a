using CompliancePortal.Core.Approvals;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>Fails a promotion right after the chosen step, as a crash or a lost connection would.</summary>
public sealed class FaultyPromotionObserver : IPromotionObserver
{
    public PromotionStep? FailAfter { get; set; }

    public Task StepCompletedAsync(PromotionStep step, CancellationToken ct) =>
        step == FailAfter ? throw new InjectedFailureException(step) : Task.CompletedTask;
}
