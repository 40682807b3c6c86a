using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

public sealed class ChangeReviewTests
{
    private static readonly DateTimeOffset Now = Reviews.Now;
    private readonly Reviews _cab = new();

    [Fact]
    public void ANewReview_WaitsForItsRiskAssessment_AndTheGateSaysSo()
    {
        var review = _cab.Open();

        Assert.Equal(ChangeReviewState.AwaitingAssessment, review.State);
        Assert.Equal(CabReviewStatus.Pending, review.GateDecision().Status);
        Assert.Contains("risk assessment", review.GateDecision().Summary);
    }

    [Fact]
    public void TheRequester_FillsInTheAssessment_WhichIsScored()
    {
        var review = _cab.Open();

        review.Assess(_cab.Owner, _cab.Model, Reviews.Assessment(RiskLevel.High, RiskLevel.High), Now);

        Assert.Equal(ChangeReviewState.ReadyForAgenda, review.State);
        Assert.Equal(RiskLevel.High, review.RiskScore);
        Assert.Equal("Roll back to 2.0.3 through the portal.", review.Assessment!.RollbackPlan);
    }

    [Fact]
    public void SomeoneElse_CannotFillInTheAssessment_AndAnIncompleteOneIsRefusedWhole()
    {
        var review = _cab.Open();

        Assert.Throws<AccessDeniedException>(() => review.Assess(_cab.Ana, _cab.Model, Reviews.Assessment(), Now));
        var invalid = Assert.Throws<ValidationFailedException>(() =>
            review.Assess(_cab.Owner, _cab.Model, Reviews.Assessment() with { RollbackPlan = " ", Responsible = null }, Now));

        Assert.Contains("RollbackPlan", invalid.Errors.Keys);
        Assert.Contains("Responsible", invalid.Errors.Keys);
        Assert.False(review.IsAssessed);
    }

    [Fact]
    public void AnUnassessedChange_CannotGoOnTheAgenda()
    {
        var review = _cab.Open();

        var refused = Assert.Throws<DomainRuleException>(() => review.PlaceOnAgenda(_cab.Meeting, _cab.Board, _cab.Model, _cab.Chair, new VotingWindow(Now), 1));

        Assert.Contains("risk assessment", refused.Message);
        Assert.Null(review.MeetingId);
    }

    [Fact]
    public void OnlyTheChair_BuildsTheAgenda()
    {
        var review = _cab.Open();
        review.Assess(_cab.Owner, _cab.Model, Reviews.Assessment(), Now);

        Assert.Throws<AccessDeniedException>(() => review.PlaceOnAgenda(_cab.Meeting, _cab.Board, _cab.Model, _cab.Ana, new VotingWindow(Now), 1));
        Assert.Null(review.MeetingId);
    }

    [Fact]
    public void OnceOnTheAgenda_TheAssessmentIsFixed()
    {
        var review = _cab.OnAgenda();

        var refused = Assert.Throws<DomainRuleException>(() => review.Assess(_cab.Owner, _cab.Model, Reviews.Assessment(RiskLevel.High), Now));

        Assert.Contains("fixed", refused.Message);
        Assert.Equal(RiskLevel.Low, review.Likelihood);
    }

    [Fact]
    public void Votes_BeforeTheItemIsOnAnAgenda_AreRefused()
    {
        var review = _cab.Open();
        review.Assess(_cab.Owner, _cab.Model, Reviews.Assessment(), Now);

        var refused = Assert.Throws<DomainRuleException>(() => review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now));

        Assert.Contains("not on an agenda", refused.Message);
        Assert.Empty(review.Votes);
    }

    [Fact]
    public void TheOwnerOnTheBoard_IsRecused_AndCannotVote()
    {
        var review = _cab.OnAgenda();

        var refused = Assert.Throws<DomainRuleException>(() => review.Vote(_cab.Board, _cab.Model, _cab.Owner, CabChoice.Approve, null, null, Now.AddMinutes(1)));

        Assert.Contains("recused", refused.Message);
        Assert.Equal([_cab.Owner.PersonId!.Value], review.Round(_cab.Board, _cab.Model).Recused);
    }

    [Fact]
    public void AChangedVote_ReplacesTheMembersEarlierOne()
    {
        var review = _cab.OnAgenda();

        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Reject, null, "No back-test", Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(2));

        var vote = Assert.Single(review.Votes);
        Assert.Equal(CabChoice.Approve, vote.Choice);
        Assert.Null(vote.Reason);
    }

    [Fact]
    public void ALateVote_AfterTheWindowTheChairSet_IsRefused()
    {
        var review = _cab.OnAgenda(closes: Now.AddDays(3));

        var refused = Assert.Throws<DomainRuleException>(() => review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddDays(3).AddSeconds(1)));

        Assert.Contains("late vote", refused.Message);
        Assert.Empty(review.Votes);
    }

    [Fact]
    public void Closing_WithoutQuorum_DecidesNothing()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));

        var refused = Assert.Throws<DomainRuleException>(() => review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1)));

        Assert.Contains("quorum is not reached (1 of the 2", refused.Message);
        Assert.False(review.IsDecided);
    }

    [Fact]
    public void OnlyTheChair_ClosesAnItem()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Approve, null, null, Now.AddMinutes(1));

        Assert.Throws<AccessDeniedException>(() => review.Close(_cab.Board, _cab.Model, _cab.Ana, Now.AddHours(1)));
        Assert.False(review.IsDecided);
    }

    [Fact]
    public void AnApproval_PassesTheGate_AndIsFinal()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Abstain, null, null, Now.AddMinutes(2));

        var decision = review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1));

        Assert.Equal(CabOutcome.Approved, decision.Outcome);
        Assert.Equal(CabReviewStatus.Approved, review.GateDecision().Status);
        Assert.Contains("1 for, 0 against, 1 abstaining", review.GateDecision().Summary);
        Assert.Throws<DomainRuleException>(() => review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Reject, null, "Too late", Now.AddHours(2)));
        Assert.Throws<DomainRuleException>(() => review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(2)));
        Assert.Throws<DomainRuleException>(() => review.Defer(_cab.Board, _cab.Chair));
    }

    [Fact]
    public void ATie_IsARejection_WithTheReasonsKept()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Reject, null, "No fairness analysis", Now.AddMinutes(2));

        var decision = review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1));

        Assert.Equal(CabOutcome.Rejected, decision.Outcome);
        Assert.Equal(["No fairness analysis"], decision.RejectionReasons);
        Assert.Equal(CabReviewStatus.Rejected, review.GateDecision().Status);
        Assert.Empty(review.Conditions);
    }

    [Fact]
    public void Conditions_BlockTheGate_UntilTheOwnerMarksThemDone_AndTheChairConfirms()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.ApproveWithConditions, "Add the fairness analysis to the card", null, Now.AddMinutes(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Approve, null, null, Now.AddMinutes(2));
        review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(1));
        var condition = Assert.Single(review.Conditions);

        Assert.Equal(CabReviewStatus.ConditionsOpen, review.GateDecision().Status);
        Assert.Throws<DomainRuleException>(() => review.ConfirmCondition(_cab.Board, _cab.Model, _cab.Chair, condition.Id, Now.AddHours(2)));
        Assert.Throws<AccessDeniedException>(() => review.MarkConditionDone(_cab.Model, _cab.Ana, condition.Id, null, Now.AddHours(2)));

        review.MarkConditionDone(_cab.Model, _cab.Owner, condition.Id, "Section 6 of the card, revision 4", Now.AddHours(3));
        Assert.Equal(CabReviewStatus.ConditionsOpen, review.GateDecision().Status);
        Assert.Throws<AccessDeniedException>(() => review.ConfirmCondition(_cab.Board, _cab.Model, _cab.Owner, condition.Id, Now.AddHours(4)));

        review.ConfirmCondition(_cab.Board, _cab.Model, _cab.Chair, condition.Id, Now.AddHours(4));
        Assert.Equal(CabReviewStatus.Approved, review.GateDecision().Status);
        Assert.Equal("Ana Silva", condition.SetBy);
        Assert.Equal("Yuki Tanaka", condition.ConfirmedByName);
    }

    [Fact]
    public void TheChair_DefersAnUndecidedItem_KeepingItsVotes()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Approve, null, null, Now.AddMinutes(1));

        review.Defer(_cab.Board, _cab.Chair);

        Assert.Equal(ChangeReviewState.ReadyForAgenda, review.State);
        Assert.Null(review.VotingOpensAt);
        Assert.Single(review.Votes);
    }

    [Fact]
    public void AnItem_GoesOnOnlyOneAgenda_AndNeverOnAClosedMeeting()
    {
        var review = _cab.OnAgenda();
        var other = CabMeeting.Schedule(_cab.Board, _cab.Chair, new MeetingDefinition("January CAB", Now.AddDays(30), 60, "Room 4.12", null), Now);

        Assert.Throws<DomainRuleException>(() => review.PlaceOnAgenda(other, _cab.Board, _cab.Model, _cab.Chair, new VotingWindow(Now), 1));

        var fresh = _cab.Open();
        fresh.Assess(_cab.Owner, _cab.Model, Reviews.Assessment(), Now);
        other.Close(_cab.Board, _cab.Chair, [], "# Minutes", Now.AddDays(31));
        Assert.Throws<DomainRuleException>(() => fresh.PlaceOnAgenda(other, _cab.Board, _cab.Model, _cab.Chair, new VotingWindow(Now), 1));
    }

    [Fact]
    public void AVotingDeadline_BeforeTheMeetingStarts_IsRefused()
    {
        var review = _cab.Open();
        review.Assess(_cab.Owner, _cab.Model, Reviews.Assessment(), Now);

        var refused = Assert.Throws<ValidationFailedException>(() =>
            review.PlaceOnAgenda(_cab.Meeting, _cab.Board, _cab.Model, _cab.Chair, new VotingWindow(Now, Now.AddDays(1)), 1));

        Assert.Contains("VotingClosesAt", refused.Errors.Keys);
    }
}
