namespace CompliancePortal.Web.Api;

public sealed record CreateDatasetRequest(string? Key, string? Name, string? SourceSystem, string? Description);
