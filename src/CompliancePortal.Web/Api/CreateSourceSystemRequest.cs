namespace CompliancePortal.Web.Api;

public sealed record CreateSourceSystemRequest(string? Key, string? Name, string? Kind, string? Description);
