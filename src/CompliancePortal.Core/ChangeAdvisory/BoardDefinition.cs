using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// What an administrator says of a board: its name, chair and members, its quorum and decision rule, and its scope —
/// the risk tiers and the models whose changes it reviews (a model is covered when either matches).
/// </summary>
public sealed record BoardDefinition(
    string Name,
    string? Description,
    Guid ChairId,
    IReadOnlyList<Guid> MemberIds,
    BoardRules Rules,
    IReadOnlyList<RiskTier> RiskTiers,
    IReadOnlyList<string> ModelKeys)
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    public ValidationErrors Validate(ValidationErrors? errors = null)
    {
        errors ??= new ValidationErrors();
        var name = Name?.Trim() ?? "";
        var members = (MemberIds ?? []).Distinct().ToList();
        var tiers = RiskTiers ?? [];
        var keys = ModelKeys ?? [];
        errors
            .When(name.Length == 0, nameof(Name), "Give the board a name.")
            .When(name.Length > MaxNameLength, nameof(Name), $"The name is {name.Length} characters long; at most {MaxNameLength} fit.")
            .When(Description?.Trim().Length > MaxDescriptionLength, nameof(Description), $"The description can be at most {MaxDescriptionLength} characters.")
            .When(members.Count == 0, "Members", "A board needs members: the people who vote on its changes.")
            .When(ChairId == Guid.Empty, "Chair", "Name the chair, who schedules meetings and closes agenda items.")
            .When(ChairId != Guid.Empty && members.Count > 0 && !members.Contains(ChairId), "Chair", "The chair must be one of the board's members.")
            .When(tiers.Count == 0 && keys.Count == 0, "Scope", "Say which changes the board reviews: choose risk tiers, models, or both.")
            .When(tiers.Any(t => !Enum.IsDefined(t)), nameof(RiskTiers), "A risk tier is Low, Medium, High or Critical.")
            .When(keys.Any(k => !Slug.IsValid(k)), nameof(ModelKeys), "A model in the scope is named by its key, such as credit-default-pd.");
        return (Rules ?? new BoardRules(0, DecisionRule.SimpleMajority)).Validate(members.Count, errors);
    }

    public BoardDefinition Normalized() => this with
    {
        Name = Name.Trim(),
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        MemberIds = MemberIds.Distinct().ToList(),
        RiskTiers = RiskTiers.Distinct().Order().ToList(),
        ModelKeys = ModelKeys.Select(k => k.Trim()).Distinct().Order(StringComparer.Ordinal).ToList(),
    };
}
