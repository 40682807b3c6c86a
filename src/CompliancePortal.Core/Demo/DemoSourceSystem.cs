namespace CompliancePortal.Core.Demo;

public sealed record DemoSourceSystem(string Key, string Name, string Kind, string? Description);
