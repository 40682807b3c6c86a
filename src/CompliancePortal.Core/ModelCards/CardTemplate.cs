using System.Text;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ModelCards;

/// <summary>The sections every model card starts with; administrators may edit it, so it is validated like any other input.</summary>
public sealed record CardTemplate(IReadOnlyList<TemplateSection> Sections)
{
    public const int MaxNameLength = 100;
    public const int MaxPlaceholderLength = 1000;

    public static CardTemplate Default { get; } = new(
    [
        new("Purpose and intended use", true,
            "Describe what the model does, the business decision it supports, who uses its output and under which conditions it may be used."),
        new("Training data", true,
            "Name the dataset versions the model was trained on, their source systems, time period and size, how they were prepared and any known gaps."),
        new("Evaluation", true,
            "Describe how the model was evaluated: the golden set and its version, the metrics and thresholds, the results and the evaluator used."),
        new("Known limitations", true,
            "List the conditions under which the model performs poorly or must not be relied on, and how users should compensate."),
        new("Fairness analysis", true,
            "Describe the groups analysed, the fairness metrics used, the results, and any disparities found with how they are mitigated."),
        new("Out-of-scope use", false,
            "Describe uses the model is not designed or approved for."),
        new("Ethical considerations", false,
            "Note ethical risks such as privacy, consent or potential for harm, and how they are addressed."),
        new("Caveats and recommendations", false,
            "Add anything else a user or reviewer should know, and recommendations for safe use."),
    ]);

    public IEnumerable<TemplateSection> Required => Sections.Where(s => s.Required);

    /// <summary>The starting Markdown of a new card: an optional <c># name version</c> title, then each section's heading and italic guidance.</summary>
    public string Markdown(string? modelName = null, string? version = null)
    {
        var markdown = new StringBuilder();
        var title = $"{modelName?.Trim()} {version?.Trim()}".Trim();
        if (title.Length > 0)
        {
            markdown.Append("# ").Append(title).Append("\n\n");
        }
        foreach (var section in Sections)
        {
            markdown.Append("## ").Append(section.Name.Trim()).Append("\n\n");
            if (!string.IsNullOrWhiteSpace(section.Placeholder))
            {
                markdown.Append('*').Append(section.Placeholder.Trim()).Append("*\n\n");
            }
        }
        return markdown.ToString().TrimEnd('\n') + "\n";
    }

    public ValidationErrors Validate(ValidationErrors? errors = null)
    {
        errors ??= new ValidationErrors();
        var sections = Sections ?? [];
        errors.When(!sections.Any(s => s.Required), nameof(Sections), "The template needs at least one required section.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var field = $"{nameof(Sections)}[{i}]";
            var name = section.Name ?? "";
            errors
                .When(string.IsNullOrWhiteSpace(name), $"{field}.{nameof(TemplateSection.Name)}", "Give the section a name.")
                .When(name.Trim().Length > MaxNameLength, $"{field}.{nameof(TemplateSection.Name)}",
                    $"A section name can be at most {MaxNameLength} characters.")
                // A name is a one-line heading; a line break would end the heading and start the section's content.
                .When(name.Contains('\n') || name.Contains('\r'), $"{field}.{nameof(TemplateSection.Name)}", "A section name must fit on one line.")
                .When(!string.IsNullOrWhiteSpace(name) && !seen.Add(SectionName.Normalize(name)), $"{field}.{nameof(TemplateSection.Name)}",
                    $"The section '{name.Trim()}' appears more than once; headings are matched ignoring case and trailing punctuation.");
            var placeholder = section.Placeholder ?? "";
            errors
                .When(placeholder.Length > MaxPlaceholderLength, $"{field}.{nameof(TemplateSection.Placeholder)}",
                    $"The guidance text can be at most {MaxPlaceholderLength} characters.")
                .When(placeholder.Contains('\n') || placeholder.Contains('\r'), $"{field}.{nameof(TemplateSection.Placeholder)}",
                    "The guidance text must fit on one line: it is shown as one italic line under the heading.");
        }
        return errors;
    }
}
