using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

/// <summary>The rules that keep a decision honest when people, owners or the assessment change around it.</summary>
public sealed class ChangeReviewSafeguardTests
{
    private static readonly DateTimeOffset Now = Reviews.Now;
    private readonly Reviews _cab = new();

    [Fact]
    public void AfterADeferral_TheAssessmentStaysFixed_BecauseMembersVotedOnIt()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));
        review.Defer(_cab.Board, _cab.Chair);

        var refused = Assert.Throws<DomainRuleException>(() => review.Assess(_cab.Owner, _cab.Model, Reviews.Assessment(RiskLevel.High), Now.AddHours(1)));

        Assert.Contains("has votes", refused.Message);
        Assert.Equal(RiskLevel.Low, review.Likelihood);
    }

    [Fact]
    public void AFormerMembersVote_NoLongerCounts()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Approve, null, null, Now.AddMinutes(2));

        _cab.Board.Update(new BoardDefinition("Model risk CAB", null, _cab.Chair.PersonId!.Value,
            [_cab.Chair.PersonId!.Value, _cab.Ana.PersonId!.Value, _cab.Owner.PersonId!.Value], new BoardRules(2, DecisionRule.SimpleMajority),
            [RiskTier.High], []), Now.AddHours(1));

        var tally = review.Round(_cab.Board, _cab.Model).Tally;
        Assert.Equal((1, 1), (tally.Approvals, tally.Present));
        Assert.Throws<DomainRuleException>(() => review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(2)));
    }

    [Fact]
    public void AnOwnerNamedAfterTheReviewOpened_IsRecusedToo_AndTheirEarlierVoteDropsOut()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));

        _cab.Model.Update(Build.Details(RiskTier.High, _cab.Owner.PersonId, _cab.Ana.PersonId), Now.AddHours(1));

        var round = review.Round(_cab.Board, _cab.Model);
        Assert.Contains(_cab.Ana.PersonId!.Value, round.Recused);
        Assert.Empty(round.Ballots);
        Assert.Throws<DomainRuleException>(() => review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddHours(2)));
    }

    [Fact]
    public void EveryoneAbstaining_DecidesNothing()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Abstain, null, null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Abstain, null, null, Now.AddMinutes(2));

        var refused = Assert.Throws<DomainRuleException>(() => review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1)));

        Assert.Contains("abstained", refused.Message);
        Assert.False(review.IsDecided);
    }

    [Fact]
    public void TheChair_CannotCutOffTheVotingWindowTheyGave_UnlessEveryoneHasVoted()
    {
        var deadline = _cab.Meeting.StartsAt.AddHours(1);
        var review = _cab.OnAgenda(closes: deadline);
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Approve, null, null, Now.AddMinutes(2));

        var early = Assert.Throws<DomainRuleException>(() => review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1)));
        Assert.Contains("1 member(s) have not voted yet", early.Message);

        review.Vote(_cab.Board, _cab.Model, _cab.Chair, CabChoice.Approve, null, null, Now.AddHours(2));
        Assert.Equal(CabOutcome.Approved, review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(3)).Outcome);
    }

    [Fact]
    public void AChangeThatCouldNeverReachQuorum_IsNotPutOnAnAgenda()
    {
        var cab = new Reviews(quorum: 4);
        var review = cab.Open();
        review.Assess(cab.Owner, cab.Model, Reviews.Assessment(), Now);

        var refused = Assert.Throws<DomainRuleException>(() =>
            review.PlaceOnAgenda(cab.Meeting, cab.Board, cab.Model, cab.Chair, new VotingWindow(Now), 1));

        Assert.Contains("Only 3 member(s)", refused.Message);
        Assert.Null(review.MeetingId);
    }

    [Fact]
    public void TheDecision_FixesWhoWasRecused()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Approve, null, null, Now.AddMinutes(2));

        review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1));
        _cab.Model.Update(Build.Details(RiskTier.High, _cab.Ben.PersonId, null), Now.AddHours(2));

        Assert.Equal([_cab.Owner.PersonId!.Value], review.DecidedRecused);
    }

    [Fact]
    public void OnlyAnActingOwner_AsksForAReview_AndOnlyWhenNoneIsOpenOrApproving()
    {
        var open = _cab.Open();
        var rejected = _cab.OnAgenda();
        rejected.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Reject, null, "No back-test", Now.AddMinutes(1));
        rejected.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Reject, null, "No shadow run", Now.AddMinutes(2));
        rejected.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1));

        Assert.IsType<AccessDeniedException>(ChangeReview.AskRefusal(_cab.Ana, _cab.Model, null));
        Assert.Null(ChangeReview.AskRefusal(_cab.Owner, _cab.Model, null));
        Assert.Contains("already has a CAB review", ChangeReview.AskRefusal(_cab.Owner, _cab.Model, open)!.Message);
        Assert.Null(ChangeReview.AskRefusal(_cab.Owner, _cab.Model, rejected));
    }
}
