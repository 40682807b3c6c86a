namespace CompliancePortal.Core.Demo;

public sealed record DemoPerson(string ObjectId, string DisplayName, string Email, string Title, IReadOnlyList<string> Roles);
