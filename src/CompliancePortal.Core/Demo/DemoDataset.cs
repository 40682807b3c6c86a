namespace CompliancePortal.Core.Demo;

public sealed record DemoDataset(string Key, string Name, string SourceSystem, string? Description);
