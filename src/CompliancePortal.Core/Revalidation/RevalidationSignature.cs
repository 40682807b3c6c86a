namespace CompliancePortal.Core.Revalidation;

/// <summary>One person's signature on a revalidation review: their verdict, why, and when.</summary>
public sealed record RevalidationSignature(
    Guid PersonId,
    string DisplayName,
    RevalidationOutcome Outcome,
    string? Comments,
    DateTimeOffset SignedAt);
