using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

/// <summary>One editable row of the template page; the service validates the template they make up.</summary>
public sealed class TemplateSectionForm
{
    public string Name { get; set; } = "";

    public bool Required { get; set; }

    public string Placeholder { get; set; } = "";

    public static TemplateSectionForm From(TemplateSection section) =>
        new() { Name = section.Name, Required = section.Required, Placeholder = section.Placeholder ?? "" };

    public TemplateSection ToSection() => new(Name, Required, Placeholder);
}
