namespace CompliancePortal.Core.Documents;

/// <summary>An arrow between two boxes of a diagram, by their ids.</summary>
public sealed record DiagramEdge(string From, string To);
