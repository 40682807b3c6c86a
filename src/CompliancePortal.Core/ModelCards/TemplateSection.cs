namespace CompliancePortal.Core.ModelCards;

/// <summary>One section of the model card template: its heading, whether a complete card needs it, and the guidance a new card starts with.</summary>
public sealed record TemplateSection(string Name, bool Required, string Placeholder);
