namespace CompliancePortal.Web.Api;

public sealed record LinkRunRequest(string? Model, string? Version);
