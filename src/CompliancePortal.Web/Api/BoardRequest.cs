using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Api;

/// <summary>
/// A board as an administrator sends it: people by e-mail. <see cref="Key"/> is read only when creating;
/// <see cref="Revision"/> (the one read with GET) only when editing.
/// </summary>
public sealed record BoardRequest(
    string? Key,
    string? Name,
    string? Description,
    string? Chair,
    IReadOnlyList<string>? Members,
    int? Quorum,
    DecisionRule? DecisionRule,
    IReadOnlyList<RiskTier>? RiskTiers,
    IReadOnlyList<string>? ModelKeys,
    int? Revision);
