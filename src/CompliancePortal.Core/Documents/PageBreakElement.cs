namespace CompliancePortal.Core.Documents;

/// <summary>Starts a new page, unless the current one is still empty.</summary>
public sealed record PageBreakElement : DocumentElement;
