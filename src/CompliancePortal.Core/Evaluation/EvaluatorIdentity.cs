using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// What scored a model version: a name and a version that pins the code (the portal's own version for built-in
/// evaluators, a commit or release for external ones).
/// </summary>
public sealed record EvaluatorIdentity(string? Name, string? Version)
{
    public const int MaxNameLength = 200;
    public const int MaxVersionLength = 100;

    // Labels that name a moving target rather than the code that ran.
    private static readonly HashSet<string> Floating = new(StringComparer.OrdinalIgnoreCase)
    {
        "latest", "head", "main", "master", "dev", "local", "unknown", "none", "n/a", "-",
    };

    public ValidationErrors Validate(string field, ValidationErrors errors)
    {
        var name = Name?.Trim() ?? "";
        var version = Version?.Trim() ?? "";
        // The control: evaluation scripts living in notebooks fail audits because nobody can say which code ran.
        return errors
            .When(name.Length == 0, field, "Name the evaluator that computed these metrics.")
            .When(name.Length > MaxNameLength, field, $"The evaluator name is {name.Length} characters long; at most {MaxNameLength} fit.")
            .When(version.Length == 0, field, "The evaluator has no version. Results are accepted only from a versioned evaluator "
                + "(a release or commit), so the code that produced them can be found again; a notebook run cannot.")
            .When(version.Length > MaxVersionLength, field, $"The evaluator version is {version.Length} characters long; at most {MaxVersionLength} fit.")
            .When(Floating.Contains(version), field, $"\"{version}\" names a moving target, not the code that ran; give a release or commit.");
    }

    public EvaluatorIdentity Normalized() => new(Name?.Trim(), Version?.Trim());
}
