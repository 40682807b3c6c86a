using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A board's quorum (the fewest members who must take part, abstentions included) and its decision rule.</summary>
public sealed record BoardRules(int Quorum, DecisionRule Rule)
{
    public ValidationErrors Validate(int memberCount, ValidationErrors errors) => errors
        .When(Quorum < 1, nameof(Quorum), "The quorum must be at least one member.")
        .When(Quorum > memberCount && memberCount > 0, nameof(Quorum),
            $"The quorum is {Quorum} but the board has {memberCount} member{(memberCount == 1 ? "" : "s")}: it could never be reached.")
        .When(!Enum.IsDefined(Rule), nameof(Rule), "Choose a decision rule: simple majority, two-thirds, or unanimity of the votes cast.");

    public CabTally Tally(IEnumerable<CabBallot> ballots, int recused)
    {
        var counts = ballots.GroupBy(b => b.Choice).ToDictionary(g => g.Key, g => g.Count());
        return new CabTally(counts.GetValueOrDefault(CabChoice.Approve), counts.GetValueOrDefault(CabChoice.ApproveWithConditions),
            counts.GetValueOrDefault(CabChoice.Reject), counts.GetValueOrDefault(CabChoice.Abstain), recused, Quorum, Rule);
    }
}
