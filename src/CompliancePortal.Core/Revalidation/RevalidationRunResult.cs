namespace CompliancePortal.Core.Revalidation;

/// <summary>What one run of the revalidation job did.</summary>
/// <param name="Opened">The reviews opened by this run; empty when nothing was due or another run opened them first.</param>
/// <param name="AlreadyOpened">True when a concurrent run saved the same reviews first and the database refused these.</param>
public sealed record RevalidationRunResult(IReadOnlyList<RevalidationReviewView> Opened, bool AlreadyOpened);
