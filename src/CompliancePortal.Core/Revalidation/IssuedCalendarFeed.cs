namespace CompliancePortal.Core.Revalidation;

/// <summary>A newly created feed; <see cref="Secret"/> is shown once and cannot be recovered.</summary>
public sealed record IssuedCalendarFeed(Guid Id, string Secret, DateTimeOffset CreatedAt);
