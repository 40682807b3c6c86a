using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

/// <summary>A condition is confirmed by the chair, or by a member who is not recused when the chair is; never by whoever owns the change.</summary>
public sealed class ConditionSignOffTests
{
    private static readonly DateTimeOffset Now = Reviews.Now;

    [Fact]
    public void AChairWhoOwnsTheChange_CannotConfirmItsConditions_AnotherMemberDoes()
    {
        var cab = new Reviews();
        var chairOwned = Build.Model(RiskTier.High, cab.Chair.PersonId, null);
        var (review, condition) = ApprovedWithCondition(cab, chairOwned, voters: [cab.Ana, cab.Ben]);
        var chairAsOwner = cab.Chair with { Roles = new HashSet<string> { PortalRoles.CabMember, PortalRoles.ModelOwner } };
        review.MarkConditionDone(chairOwned, chairAsOwner, condition.Id, "Done in the card", Now.AddHours(2));

        var chairRefused = Assert.Throws<DomainRuleException>(() => review.ConfirmCondition(cab.Board, chairOwned, chairAsOwner, condition.Id, Now.AddHours(3)));
        Assert.Contains("recused", chairRefused.Message);

        review.ConfirmCondition(cab.Board, chairOwned, cab.Ana, condition.Id, Now.AddHours(3));
        Assert.Equal("Ana Silva", condition.ConfirmedByName);
    }

    [Fact]
    public void WhenTheChairIsNotRecused_OnlyTheChairConfirms()
    {
        var cab = new Reviews();
        var (review, condition) = ApprovedWithCondition(cab, cab.Model, voters: [cab.Ana, cab.Ben]);
        review.MarkConditionDone(cab.Model, cab.Owner, condition.Id, null, Now.AddHours(2));

        Assert.Throws<AccessDeniedException>(() => review.ConfirmCondition(cab.Board, cab.Model, cab.Ana, condition.Id, Now.AddHours(3)));
        Assert.False(condition.IsConfirmed);
    }

    [Fact]
    public void AChairWhoBacksUpTheModel_MarksItDoneAsOwner_ButAnotherMemberConfirms()
    {
        var cab = new Reviews();
        var chairOwnsToo = Build.Model(RiskTier.High, cab.Owner.PersonId, cab.Chair.PersonId);
        var (review, condition) = ApprovedWithCondition(cab, chairOwnsToo, voters: [cab.Ana, cab.Ben]);
        // Ana, a member but not an owner, cannot mark it done; the chair can, as backup owner, and so cannot also confirm it.
        Assert.Throws<AccessDeniedException>(() => review.MarkConditionDone(chairOwnsToo, cab.Ana, condition.Id, null, Now.AddHours(2)));
        var backupChair = cab.Chair with { Roles = new HashSet<string> { PortalRoles.CabMember, PortalRoles.ModelOwner } };
        review.MarkConditionDone(chairOwnsToo, backupChair, condition.Id, null, Now.AddHours(2));

        var refused = Assert.Throws<DomainRuleException>(() => review.ConfirmCondition(cab.Board, chairOwnsToo, backupChair, condition.Id, Now.AddHours(3)));

        Assert.Contains("recused", refused.Message);
        review.ConfirmCondition(cab.Board, chairOwnsToo, cab.Ben, condition.Id, Now.AddHours(3));
        Assert.True(condition.IsConfirmed);
    }

    private static (ChangeReview Review, CabCondition Condition) ApprovedWithCondition(Reviews cab, Model model, Actor[] voters)
    {
        var trainedOn = Build.DatasetVersion();
        var version = ModelVersion.Register(model, Build.Registration(ChangeClass.Major, trainedOn), [trainedOn], null, model.OwnerId, Now.AddDays(-1));
        var review = ChangeReview.Open(model, version, ChangeReviewSource.MajorChange, model.OwnerId, "Requester", "Major change", cab.Board.Id, Now);
        var owner = new Actor(model.OwnerId, "Requester", new HashSet<string> { PortalRoles.ModelOwner });
        review.Assess(owner, model, Reviews.Assessment(), Now);
        review.PlaceOnAgenda(cab.Meeting, cab.Board, model, cab.Chair, new VotingWindow(Now), 1);
        review.Vote(cab.Board, model, voters[0], CabChoice.ApproveWithConditions, "Fairness analysis added to the card", null, Now.AddMinutes(1));
        review.Vote(cab.Board, model, voters[1], CabChoice.Approve, null, null, Now.AddMinutes(2));
        review.Close(cab.Board, model, cab.Chair, Now.AddHours(1));
        return (review, Assert.Single(review.Conditions));
    }
}
