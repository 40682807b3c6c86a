using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

public sealed class VotingRoundTests
{
    private static readonly DateTimeOffset Opens = Build.Now;
    private readonly Actor _chair = Member("Chair");
    private readonly Actor _ana = Member("Ana");
    private readonly Actor _ben = Member("Ben");
    private readonly Actor _owner = Member("Owner");

    [Fact]
    public void Members_VoteAndChangeTheirVote_TheLastOneCounts()
    {
        var round = Round();

        round.Cast(_ana, CabChoice.Reject, null, "Back-test missing", Opens.AddMinutes(1));
        round.Cast(_ana, CabChoice.Approve, null, null, Opens.AddMinutes(5));
        round.Cast(_ben, CabChoice.Abstain, null, null, Opens.AddMinutes(6));

        var ana = Assert.Single(round.Ballots, b => b.MemberId == _ana.PersonId);
        Assert.Equal(CabChoice.Approve, ana.Choice);
        Assert.Equal((1, 0, 1, 2), (round.Tally.Approve, round.Tally.Reject, round.Tally.Abstain, round.Tally.Present));
    }

    [Fact]
    public void TheOwnerOrRequester_IsRecused_AndTheirVoteRefused()
    {
        var round = Round();

        var refused = Assert.Throws<DomainRuleException>(() => round.Cast(_owner, CabChoice.Approve, null, null, Opens.AddMinutes(1)));

        Assert.Contains("recused", refused.Message);
        Assert.Empty(round.Ballots);
        Assert.Equal(1, round.Tally.Recused);
    }

    [Fact]
    public void SomeoneOffTheBoard_OrWithoutTheRole_CannotVote()
    {
        var round = Round();
        var outsider = Member("Outsider");
        var noRole = new Actor(_ben.PersonId, "Ben", new HashSet<string> { PortalRoles.Administrator });

        Assert.Throws<AccessDeniedException>(() => round.Cast(outsider, CabChoice.Approve, null, null, Opens.AddMinutes(1)));
        Assert.Throws<AccessDeniedException>(() => round.Cast(noRole, CabChoice.Approve, null, null, Opens.AddMinutes(1)));
        Assert.Throws<AccessDeniedException>(() => round.Cast(Actor.System, CabChoice.Approve, null, null, Opens.AddMinutes(1)));
        Assert.Empty(round.Ballots);
    }

    [Fact]
    public void Votes_BeforeTheWindowOpens_OrAfterItCloses_AreRefused()
    {
        var round = Round(new VotingWindow(Opens, Opens.AddDays(2)));

        var early = Assert.Throws<DomainRuleException>(() => round.Cast(_ana, CabChoice.Approve, null, null, Opens.AddMinutes(-1)));
        var late = Assert.Throws<DomainRuleException>(() => round.Cast(_ana, CabChoice.Approve, null, null, Opens.AddDays(2).AddSeconds(1)));
        round.Cast(_ana, CabChoice.Approve, null, null, Opens.AddDays(2));

        Assert.Contains("opens at", early.Message);
        Assert.Contains("late vote is not counted", late.Message);
        Assert.Single(round.Ballots);
    }

    [Fact]
    public void AVoteAfterTheChairClosedTheItem_IsRefused_AndTheDecisionStands()
    {
        var round = Round();
        round.Cast(_ana, CabChoice.Approve, null, null, Opens.AddMinutes(1));
        round.Cast(_ben, CabChoice.ApproveWithConditions, "Weekly drift report for 3 months", null, Opens.AddMinutes(2));
        var decision = round.Close(_chair, Opens.AddMinutes(10));

        Assert.Throws<DomainRuleException>(() => round.Cast(_ben, CabChoice.Reject, null, "Changed my mind", Opens.AddMinutes(11)));
        Assert.Throws<DomainRuleException>(() => round.Close(_chair, Opens.AddMinutes(12)));
        Assert.Equal(CabOutcome.ApprovedWithConditions, decision.Outcome);
        Assert.Equal(["Weekly drift report for 3 months"], decision.Conditions);
        Assert.Equal([_owner.PersonId!.Value], decision.Recused);
        Assert.Equal(2, decision.Ballots.Count);
    }

    [Fact]
    public void OnlyTheChair_ClosesTheItem()
    {
        var round = Round();

        Assert.Throws<AccessDeniedException>(() => round.Close(_ana, Opens.AddMinutes(1)));
        Assert.False(round.IsClosed);
    }

    [Fact]
    public void ClosingWithoutQuorum_DecidesNothing()
    {
        var round = Round(quorum: 3);
        round.Cast(_ana, CabChoice.Approve, null, null, Opens.AddMinutes(1));

        var decision = round.Close(_chair, Opens.AddMinutes(2));

        Assert.Equal(CabOutcome.NoQuorum, decision.Outcome);
        Assert.False(decision.Approves);
        Assert.Empty(decision.Conditions);
    }

    [Fact]
    public void ARejection_CarriesItsReasons_ForTheRequester()
    {
        var round = Round();
        round.Cast(_ana, CabChoice.Reject, null, "  No rollback rehearsal  ", Opens.AddMinutes(1));
        round.Cast(_chair, CabChoice.Reject, null, "Evaluation is stale", Opens.AddMinutes(2));

        var decision = round.Close(_chair, Opens.AddMinutes(3));

        Assert.Equal(CabOutcome.Rejected, decision.Outcome);
        Assert.Equal(["No rollback rehearsal", "Evaluation is stale"], decision.RejectionReasons);
    }

    [Theory]
    [InlineData(CabChoice.ApproveWithConditions, null, null, "Conditions")]
    [InlineData(CabChoice.Reject, null, "   ", "Reason")]
    [InlineData((CabChoice)42, null, null, "Choice")]
    public void AVoteMissingWhatItsChoiceNeeds_IsRefusedNamingTheField(CabChoice choice, string? conditions, string? reason, string field)
    {
        var round = Round();

        var refused = Assert.Throws<ValidationFailedException>(() => round.Cast(_ana, choice, conditions, reason, Opens.AddMinutes(1)));

        Assert.Contains(field, refused.Errors.Keys);
        Assert.Empty(round.Ballots);
    }

    private VotingRound Round(VotingWindow? window = null, int quorum = 2) =>
        new(new BoardRules(quorum, DecisionRule.SimpleMajority), _chair.PersonId!.Value,
            [_chair.PersonId!.Value, _ana.PersonId!.Value, _ben.PersonId!.Value, _owner.PersonId!.Value], [_owner.PersonId!.Value],
            window ?? new VotingWindow(Opens), []);

    private static Actor Member(string name) => new(Guid.NewGuid(), name, new HashSet<string> { PortalRoles.CabMember });
}
