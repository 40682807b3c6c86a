namespace CompliancePortal.Web.Api;

public sealed record SourceRecordRequest(string? SourceSystem, string? Dataset, string? Record);
