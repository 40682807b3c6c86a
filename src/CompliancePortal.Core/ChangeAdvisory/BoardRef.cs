namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>What a review or meeting page shows of its board, and who its chair is.</summary>
public sealed record BoardRef(Guid Id, string Key, string Name, Guid ChairId, string ChairName, int Quorum, DecisionRule Rule);
