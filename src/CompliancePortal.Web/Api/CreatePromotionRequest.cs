using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Api;

/// <summary>Body of a promotion request: the target stage (Production), why, and where the current production version goes (default Staging).</summary>
public sealed record CreatePromotionRequest(ModelStage? TargetStage, string? Rationale, ModelStage? PreviousVersionStage);
