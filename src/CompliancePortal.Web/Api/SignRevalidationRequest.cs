using CompliancePortal.Core.Revalidation;

namespace CompliancePortal.Web.Api;

public sealed record SignRevalidationRequest(RevalidationOutcome? Outcome, string? Comments);
