namespace CompliancePortal.Core.Demo;

/// <summary>A change advisory board of the demo organisation; people by e-mail.</summary>
public sealed record DemoBoard(string Key, string Name, string? Description, string Chair, IReadOnlyList<string> Members, int Quorum,
    string DecisionRule, IReadOnlyList<string> RiskTiers, IReadOnlyList<string> ModelKeys);
