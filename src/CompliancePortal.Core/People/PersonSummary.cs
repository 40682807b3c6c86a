namespace CompliancePortal.Core.People;

public sealed record PersonSummary(Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles);
