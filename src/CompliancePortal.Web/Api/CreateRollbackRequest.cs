using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Api;

/// <summary>Body of a rollback request: the version to return to production, why, and where the current one goes (default Retired).</summary>
public sealed record CreateRollbackRequest(string? Version, string? Rationale, ModelStage? PreviousVersionStage);
