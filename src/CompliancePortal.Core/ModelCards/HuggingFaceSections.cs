using System.Text;
using Markdig.Syntax;

namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// Maps the section headings of Hugging Face cards (its card template and the cards its Trainer writes) onto the
/// portal's sections, so an imported card is measured by the same completeness rules as one written here.
/// <code>
/// Hugging Face heading                                  portal section
/// ----------------------------------------------------  ---------------------------
/// Uses, Direct Use, Intended use(s),                    Purpose and intended use
///   Intended uses &amp; limitations, Purpose
/// Training Data, Training Details,                      Training data
///   Training and evaluation data, Training procedure
/// Evaluation, Evaluation results, Results               Evaluation
/// Bias, Risks, and Limitations, Limitations,            Known limitations
///   Risks and limitations, Limitations and bias
/// Out-of-Scope Use, Misuse and out-of-scope use         Out-of-scope use
/// Recommendations                                       Caveats and recommendations
/// Ethical considerations, Ethics                        Ethical considerations
/// Bias, Fairness, Bias and fairness, Bias analysis,     Fairness analysis
///   Fairness analysis, Fairness evaluation
/// </code>
/// Headings are matched like completeness matches them (any level from 2, case, trailing punctuation and an
/// "[optional]" marker ignored). Each portal section is given to one heading only: the one already named so, else the
/// first in the card (the Hub's template nests "Direct Use" under "Uses", and the parent is the better section).
/// Everything else, including all content, is kept verbatim.
/// </summary>
internal static class HuggingFaceSections
{
    private static readonly Dictionary<string, string> Mapping = BuildMapping(
        ("Purpose and intended use", ["Uses", "Direct Use", "Intended use", "Intended uses", "Intended uses & limitations",
            "Intended uses and limitations", "Intended use and limitations", "Purpose"]),
        ("Training data", ["Training Data", "Training Details", "Training and evaluation data", "Training procedure"]),
        ("Evaluation", ["Evaluation", "Evaluation results", "Results"]),
        ("Known limitations", ["Bias, Risks, and Limitations", "Bias, Risks and Limitations", "Limitations", "Known limitations",
            "Risks and limitations", "Limitations and bias"]),
        ("Out-of-scope use", ["Out-of-Scope Use", "Out-of-scope uses", "Out of scope use", "Misuse and out-of-scope use",
            "Misuse, Malicious Use, and Out-of-Scope Use"]),
        ("Caveats and recommendations", ["Recommendations", "Caveats and recommendations"]),
        ("Ethical considerations", ["Ethical considerations", "Ethics"]),
        ("Fairness analysis", ["Bias", "Fairness", "Bias and fairness", "Fairness and bias", "Bias analysis", "Fairness analysis",
            "Bias evaluation", "Fairness evaluation"]));

    public static string Map(string markdown)
    {
        var headings = CardMarkdown.Parse(markdown)
            .OfType<HeadingBlock>()
            .Where(h => h.Level >= 2)
            .Select(h => (Block: h, Name: Key(CardText.Of(h))))
            .ToList();
        var targets = Mapping.Values.Distinct().ToDictionary(SectionName.Normalize, t => t, StringComparer.Ordinal);
        var owners = new Dictionary<string, HeadingBlock>(StringComparer.Ordinal);
        foreach (var (block, name) in headings.Where(h => targets.ContainsKey(h.Name)))
        {
            owners.TryAdd(targets[name], block);
        }
        foreach (var (block, name) in headings)
        {
            if (Mapping.TryGetValue(name, out var target))
            {
                owners.TryAdd(target, block);
            }
        }
        var renames = owners
            .Where(o => CardText.Of(o.Value) != o.Key)
            .Select(o => (Block: o.Value, Target: o.Key))
            .ToList();
        // Replace from the end so the source positions of earlier headings stay valid.
        var result = new StringBuilder(markdown);
        foreach (var (block, target) in renames.OrderByDescending(r => r.Block.Span.Start))
        {
            var end = Math.Min(block.Span.End + 1, result.Length);
            result.Remove(block.Span.Start, end - block.Span.Start);
            result.Insert(block.Span.Start, $"{new string('#', block.Level)} {target}");
        }
        return result.ToString();
    }

    private static string Key(string heading)
    {
        var name = SectionName.Normalize(heading);
        foreach (var marker in new[] { "[optional]", "(optional)" })
        {
            if (name.EndsWith(marker, StringComparison.Ordinal))
            {
                name = SectionName.Normalize(name[..^marker.Length]);
            }
        }
        return name;
    }

    private static Dictionary<string, string> BuildMapping(params (string Target, string[] Headings)[] rows)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (target, headings) in rows)
        {
            foreach (var heading in headings)
            {
                mapping.Add(SectionName.Normalize(heading), target);
            }
        }
        return mapping;
    }
}
