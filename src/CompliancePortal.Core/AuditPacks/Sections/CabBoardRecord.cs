using CompliancePortal.Core.ChangeAdvisory;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>The board a change came before, as the pack shows it: its name, chair and rules.</summary>
public sealed record CabBoardRecord(string Name, string Chair, int Quorum, DecisionRule Rule);
