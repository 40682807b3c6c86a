using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Settings;

/// <summary>Organisation-wide settings an administrator manages in the portal (a single row).</summary>
public sealed class PortalSettings
{
    public const int SingletonId = 1;

    private PortalSettings() { }

    public int Id { get; private set; } = SingletonId;

    public string OrganisationName { get; private set; } = "Contoso Bank";

    /// <summary>How old a passing evaluation may be and still count for a promotion.</summary>
    public int EvaluationWindowDays { get; private set; } = 30;

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Revision { get; private set; } = 1;

    public static PortalSettings Defaults(DateTimeOffset at) => new() { UpdatedAt = at };

    public void Update(string organisationName, int evaluationWindowDays, DateTimeOffset at)
    {
        new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(organisationName) || organisationName.Length > 200, nameof(OrganisationName), "Give the organisation a name of at most 200 characters.")
            .When(evaluationWindowDays is < 1 or > 365, nameof(EvaluationWindowDays), "The evaluation window must be between 1 and 365 days.")
            .ThrowIfAny();
        OrganisationName = organisationName.Trim();
        EvaluationWindowDays = evaluationWindowDays;
        UpdatedAt = at;
        Revision++;
    }

    public object Snapshot() => new { OrganisationName, EvaluationWindowDays, Revision };
}
