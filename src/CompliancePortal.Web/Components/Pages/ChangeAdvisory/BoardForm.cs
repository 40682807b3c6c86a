using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>The board editor's fields; the service validates them.</summary>
public sealed class BoardForm
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<PersonSummary> Members { get; set; } = [];

    public Guid? ChairId { get; set; }

    public int Quorum { get; set; } = 3;

    public DecisionRule Rule { get; set; } = DecisionRule.SimpleMajority;

    public IReadOnlyCollection<RiskTier> RiskTiers { get; set; } = [RiskTier.High, RiskTier.Critical];

    public List<string> ModelKeys { get; set; } = [];

    public static BoardForm From(BoardView board) => new()
    {
        Name = board.Name,
        Description = board.Description,
        Members = board.Members.ToList(),
        ChairId = board.Chair.Id,
        Quorum = board.Quorum,
        Rule = board.DecisionRule,
        RiskTiers = board.RiskTiers.ToList(),
        ModelKeys = board.ModelKeys.ToList(),
    };

    public BoardDefinition ToDefinition() => new(Name, Description, ChairId ?? Guid.Empty, Members.Select(m => m.Id).ToList(),
        new BoardRules(Quorum, Rule), RiskTiers.ToList(), ModelKeys);

    public void AddMember(PersonSummary? person)
    {
        if (person is not null && Members.All(m => m.Id != person.Id))
        {
            Members.Add(person);
        }
    }

    public void RemoveMember(PersonSummary person)
    {
        Members.RemoveAll(m => m.Id == person.Id);
        if (ChairId == person.Id)
        {
            ChairId = null;
        }
    }

    public void AddModel(string? key)
    {
        if (!string.IsNullOrWhiteSpace(key) && !ModelKeys.Contains(key))
        {
            ModelKeys.Add(key);
        }
    }
}
