namespace CompliancePortal.Web.Api;

public sealed record CreateTokenRequest(string? Name, int? LifetimeDays);
