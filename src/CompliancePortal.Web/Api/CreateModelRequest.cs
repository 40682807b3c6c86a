using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Api;

/// <summary>Owners are named by e-mail; they must be people the portal knows.</summary>
public sealed record CreateModelRequest(
    string? Key,
    string? Name,
    string? Purpose,
    string? BusinessUse,
    RiskTier? RiskTier,
    string? Owner,
    string? BackupOwner,
    int? CadenceOverrideMonths,
    string? CadenceOverrideReason);
