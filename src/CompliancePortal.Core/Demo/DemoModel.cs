namespace CompliancePortal.Core.Demo;

public sealed record DemoModel(string Key, string Name, string Purpose, string BusinessUse, string RiskTier, string Owner, string? BackupOwner);
