using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A board with its members, rules and scope, and the revision an editor must send back.</summary>
public sealed record BoardView(
    string Key,
    string Name,
    string? Description,
    PersonSummary Chair,
    IReadOnlyList<PersonSummary> Members,
    int Quorum,
    DecisionRule DecisionRule,
    IReadOnlyList<RiskTier> RiskTiers,
    IReadOnlyList<string> ModelKeys,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Revision);
