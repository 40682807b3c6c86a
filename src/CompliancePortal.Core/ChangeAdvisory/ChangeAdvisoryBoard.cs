using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A change advisory board: who sits on it, who chairs it, how it decides, and which models' changes it reviews.</summary>
public sealed class ChangeAdvisoryBoard
{
    private readonly List<BoardMember> _members = [];

    private ChangeAdvisoryBoard() { }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public Guid ChairId { get; private set; }

    public Person? Chair { get; private set; }

    public int Quorum { get; private set; }

    public DecisionRule DecisionRule { get; private set; }

    /// <summary>The risk tiers in scope, comma-separated.</summary>
    public string ScopeRiskTiers { get; private set; } = "";

    /// <summary>The model keys in scope, comma-separated (keys contain no commas).</summary>
    public string ScopeModelKeys { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every edit, so a save based on an older read is refused.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<BoardMember> Members => _members;

    public BoardRules Rules => new(Quorum, DecisionRule);

    public IReadOnlyList<RiskTier> RiskTiers =>
        ScopeRiskTiers.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RiskTier>).ToList();

    public IReadOnlyList<string> ModelKeys => ScopeModelKeys.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static ChangeAdvisoryBoard Create(string key, BoardDefinition definition, DateTimeOffset at)
    {
        var errors = new ValidationErrors().When(!Slug.IsValid(key), nameof(Key), $"The key '{key}' is not valid: {Slug.Rule}.");
        definition.Validate(errors).ThrowIfAny();
        var board = new ChangeAdvisoryBoard { Id = Guid.CreateVersion7(at), Key = key, CreatedAt = at, Revision = 1 };
        board.Apply(definition.Normalized(), at);
        return board;
    }

    public void Update(BoardDefinition definition, DateTimeOffset at)
    {
        definition.Validate().ThrowIfAny();
        Apply(definition.Normalized(), at);
        Revision++;
    }

    /// <summary>Whether changes to the model come before this board: its key is named, or its risk tier is.</summary>
    public bool Covers(string modelKey, RiskTier riskTier) => ModelKeys.Contains(modelKey) || RiskTiers.Contains(riskTier);

    public bool HasMember(Guid personId) => _members.Any(m => m.PersonId == personId);

    public object Snapshot() => new
    {
        Id, Key, Name, Description, ChairId, Quorum,
        DecisionRule = DecisionRule.ToString(),
        Members = _members.Select(m => m.PersonId).Order().ToArray(),
        RiskTiers = RiskTiers.Select(t => t.ToString()).ToArray(),
        ModelKeys, Revision,
    };

    private void Apply(BoardDefinition d, DateTimeOffset at)
    {
        Name = d.Name;
        Description = d.Description;
        ChairId = d.ChairId;
        Quorum = d.Rules.Quorum;
        DecisionRule = d.Rules.Rule;
        ScopeRiskTiers = string.Join(',', d.RiskTiers);
        ScopeModelKeys = string.Join(',', d.ModelKeys);
        _members.RemoveAll(m => !d.MemberIds.Contains(m.PersonId));
        foreach (var personId in d.MemberIds.Where(id => !HasMember(id)))
        {
            _members.Add(new BoardMember(Id, personId));
        }
        UpdatedAt = at;
    }
}
