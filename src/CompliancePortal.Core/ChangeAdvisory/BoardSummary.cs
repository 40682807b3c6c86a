using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A board as listed.</summary>
public sealed record BoardSummary(string Key, string Name, string Chair, int MemberCount, int Quorum, DecisionRule DecisionRule,
    IReadOnlyList<RiskTier> RiskTiers, IReadOnlyList<string> ModelKeys);
