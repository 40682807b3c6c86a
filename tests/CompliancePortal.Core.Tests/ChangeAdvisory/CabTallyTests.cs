using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

/// <summary>Quorum and decision rules over the votes cast; abstentions count as present, never as votes.</summary>
public sealed class CabTallyTests
{
    [Theory]
    // approve, with conditions, reject, abstain → outcome
    [InlineData(DecisionRule.SimpleMajority, 2, 0, 1, 0, CabOutcome.Approved)]
    [InlineData(DecisionRule.SimpleMajority, 1, 0, 1, 1, CabOutcome.Rejected)] // a tie is not a majority
    [InlineData(DecisionRule.SimpleMajority, 1, 0, 0, 3, CabOutcome.Approved)] // abstentions are not votes against
    [InlineData(DecisionRule.SimpleMajority, 1, 1, 1, 0, CabOutcome.ApprovedWithConditions)]
    [InlineData(DecisionRule.TwoThirds, 2, 0, 1, 0, CabOutcome.Approved)] // exactly two thirds
    [InlineData(DecisionRule.TwoThirds, 3, 0, 2, 0, CabOutcome.Rejected)] // 60 %
    [InlineData(DecisionRule.TwoThirds, 1, 1, 1, 1, CabOutcome.ApprovedWithConditions)]
    [InlineData(DecisionRule.Unanimity, 3, 0, 0, 2, CabOutcome.Approved)] // unanimity of votes cast, abstentions aside
    [InlineData(DecisionRule.Unanimity, 4, 0, 1, 0, CabOutcome.Rejected)]
    [InlineData(DecisionRule.Unanimity, 0, 0, 0, 3, CabOutcome.Rejected)] // nobody voted for it: not approved
    [InlineData(DecisionRule.SimpleMajority, 0, 0, 0, 3, CabOutcome.Rejected)]
    public void Outcome_FollowsTheRuleOverTheVotesCast(DecisionRule rule, int approve, int withConditions, int reject, int abstain, CabOutcome expected)
    {
        var tally = new BoardRules(Quorum: 3, rule).Tally(Ballots(approve, withConditions, reject, abstain), recused: 0);

        Assert.Equal(expected, tally.Outcome);
    }

    [Fact]
    public void Quorum_CountsAbstentionsAsPresent()
    {
        var rules = new BoardRules(Quorum: 3, DecisionRule.SimpleMajority);

        var short1 = rules.Tally(Ballots(approve: 2, 0, 0, abstain: 0), recused: 0);
        var reached = rules.Tally(Ballots(approve: 2, 0, 0, abstain: 1), recused: 0);

        Assert.Equal((2, 2, false, CabOutcome.NoQuorum), (short1.Present, short1.VotesCast, short1.QuorumReached, short1.Outcome));
        Assert.Equal((3, 2, true, CabOutcome.Approved), (reached.Present, reached.VotesCast, reached.QuorumReached, reached.Outcome));
    }

    [Fact]
    public void Recusals_AreNeitherPresentNorVotes()
    {
        var tally = new BoardRules(Quorum: 2, DecisionRule.SimpleMajority).Tally(Ballots(approve: 1, 0, 0, 0), recused: 2);

        Assert.Equal((1, 1, 2, false), (tally.Present, tally.VotesCast, tally.Recused, tally.QuorumReached));
    }

    [Theory]
    [InlineData(0, 5, "at least one member")]
    [InlineData(6, 5, "could never be reached")]
    public void Rules_RefuseAQuorumThatCannotWork(int quorum, int members, string message)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => new BoardRules(quorum, DecisionRule.TwoThirds).Validate(members, new()).ThrowIfAny());

        Assert.Contains(message, Assert.Single(refused.Errors["Quorum"]));
    }

    internal static IEnumerable<CabBallot> Ballots(int approve, int withConditions, int reject, int abstain) =>
        Enumerable.Repeat(CabChoice.Approve, approve)
            .Concat(Enumerable.Repeat(CabChoice.ApproveWithConditions, withConditions))
            .Concat(Enumerable.Repeat(CabChoice.Reject, reject))
            .Concat(Enumerable.Repeat(CabChoice.Abstain, abstain))
            .Select((choice, i) => new CabBallot(Guid.NewGuid(), $"Member {i}", choice,
                choice == CabChoice.ApproveWithConditions ? "Monitor weekly" : null, choice == CabChoice.Reject ? "Too risky" : null, Build.Now))
            .ToList();
}
