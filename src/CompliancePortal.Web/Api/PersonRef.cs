namespace CompliancePortal.Web.Api;

public sealed record PersonRef(string Name, string Email);
