using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Api;

/// <summary><see cref="Revision"/> is the one read with GET; a different current revision means someone else saved first.</summary>
public sealed record UpdateModelRequest(
    string? Name,
    string? Purpose,
    string? BusinessUse,
    RiskTier? RiskTier,
    string? Owner,
    string? BackupOwner,
    int? CadenceOverrideMonths,
    string? CadenceOverrideReason,
    int? Revision);
