namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Told after each step of a promotion, inside its transaction (each step is already flushed to the database). An
/// exception from here aborts the promotion; the tests use it to prove a failure at any step leaves nothing half-done.
/// </summary>
public interface IPromotionObserver
{
    Task StepCompletedAsync(PromotionStep step, CancellationToken ct);
}
