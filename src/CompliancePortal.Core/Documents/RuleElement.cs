namespace CompliancePortal.Core.Documents;

/// <summary>A horizontal line across the text width.</summary>
public sealed record RuleElement : DocumentElement;
