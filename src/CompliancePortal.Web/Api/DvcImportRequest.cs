namespace CompliancePortal.Web.Api;

public sealed record DvcImportRequest(string? Repository, string? Commit, string? LockFile);
