using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Web.Api;

/// <summary>Turns a board request into a definition: people by e-mail into ids, missing fields into field errors.</summary>
public sealed class BoardBinder(PersonDirectory people)
{
    public async Task<BoardDefinition> ToDefinitionAsync(BoardRequest r, CancellationToken ct)
    {
        var errors = new ValidationErrors()
            .When(r.Quorum is null, "quorum", "quorum is required: the fewest members who must take part (abstentions count).")
            .When(r.DecisionRule is null, "decisionRule", "decisionRule is required: SimpleMajority, TwoThirds or Unanimity.");
        var chair = await ResolveAsync(r.Chair, "chair", errors, ct);
        var members = new List<Guid>();
        foreach (var email in r.Members ?? [])
        {
            if (await ResolveAsync(email, "members", errors, ct) is { } id)
            {
                members.Add(id);
            }
        }
        errors.ThrowIfAny();
        return new BoardDefinition(r.Name ?? "", r.Description, chair ?? Guid.Empty, members,
            new BoardRules(r.Quorum!.Value, r.DecisionRule!.Value), r.RiskTiers ?? [], r.ModelKeys ?? []);
    }

    private async Task<Guid?> ResolveAsync(string? email, string field, ValidationErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add(field, $"{field} needs the e-mail of a person known to the portal.");
            return null;
        }
        var person = await people.FindByEmailAsync(email, ct);
        errors.When(person is null, field, $"No person with the e-mail '{email}' is known to the portal.");
        return person?.Id;
    }
}
