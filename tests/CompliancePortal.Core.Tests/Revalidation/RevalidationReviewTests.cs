using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Revalidation;

public sealed class RevalidationReviewTests
{
    private static readonly DateTimeOffset Day = Revalidations.FirstDue.AddDays(3);

    [Fact]
    public void Open_FromASchedule_AnswersItsDueDateForTheProductionVersion()
    {
        var model = Build.Model(RiskTier.High);
        var schedule = RevalidationSchedule.For(model, "2.1.0", null, null);

        var review = RevalidationReview.Open(schedule, Revalidations.FirstDue.AddHours(1));

        Assert.Equal((model.Id, "credit-default-pd", "2.1.0", Revalidations.FirstDue), (review.ModelId, review.ModelKey, review.ProductionVersionLabel, review.DueAt));
        Assert.Equal(RevalidationReviewState.Open, review.State);
        Assert.Equal(Revalidations.FirstDue.AddHours(1), review.OpenedAt);
        Assert.Null(review.EvaluationRunId);
        Assert.Null(review.Outcome);
        Assert.False(review.RaisesAlert);
    }

    [Fact]
    public void SignAsOwner_Alone_LeavesTheReviewOpen()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Pass, null, Day);

        Assert.True(review.IsOpen);
        Assert.Equal(model.OwnerId, review.OwnerSignature?.PersonId);
        Assert.Null(review.Outcome);
        Assert.Null(review.SignedOffAt);
    }

    [Fact]
    public void SignAsComplianceOfficer_Alone_LeavesTheReviewOpen()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        review.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.Pass, null, Day);

        Assert.True(review.IsOpen);
        Assert.NotNull(review.ComplianceOfficerSignature);
        Assert.Null(review.Outcome);
    }

    [Fact]
    public void BothSignatures_SignTheReviewOffWithTheComplianceOfficersOutcome()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Pass, "All metrics above threshold.", Day);

        review.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.PassWithFindings, "  Calibration drifting in the top decile.  ", Day.AddHours(4));

        Assert.Equal(RevalidationReviewState.SignedOff, review.State);
        Assert.Equal(RevalidationOutcome.PassWithFindings, review.Outcome);
        Assert.Equal(Day.AddHours(4), review.SignedOffAt);
        Assert.Equal("Calibration drifting in the top decile.", review.ComplianceOfficerSignature?.Comments);
        Assert.Equal(RevalidationOutcome.Pass, review.OwnerSignature?.Outcome);
    }

    [Fact]
    public void BothSignatures_InTheOtherOrder_AlsoSignTheReviewOff()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        review.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.Pass, null, Day);

        review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.PassWithFindings, "Minor drift on income.", Day.AddDays(1));

        Assert.Equal(RevalidationReviewState.SignedOff, review.State);
        Assert.Equal(RevalidationOutcome.Pass, review.Outcome);
        Assert.Equal(Day.AddDays(1), review.SignedOffAt);
    }

    [Theory]
    [InlineData(RevalidationOutcome.Fail, true)]
    [InlineData(RevalidationOutcome.PassWithFindings, false)]
    [InlineData(RevalidationOutcome.Pass, false)]
    public void RaisesAlert_OnlyWhenTheComplianceOfficerFailsTheModel(RevalidationOutcome outcome, bool alert)
    {
        var model = Build.Model();

        var review = Revalidations.SignedOff(model, RevalidationSchedule.For(model, "2.1.0", null, null), Day, outcome);

        Assert.Equal(alert, review.RaisesAlert);
    }

    [Fact]
    public void AnOwnersFailVerdict_DoesNotRaiseTheAlertWhenTheComplianceOfficerPasses()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Fail, "We would rather retrain.", Day);

        review.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.Pass, null, Day);

        Assert.False(review.RaisesAlert);
    }

    [Theory]
    [InlineData(RevalidationOutcome.PassWithFindings, null)]
    [InlineData(RevalidationOutcome.PassWithFindings, "   ")]
    [InlineData(RevalidationOutcome.Fail, null)]
    [InlineData(RevalidationOutcome.Fail, "")]
    public void SignAsComplianceOfficer_FindingsOrFailWithoutComments_IsRefused(RevalidationOutcome outcome, string? comments)
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        var refused = Assert.Throws<ValidationFailedException>(() => review.SignAsComplianceOfficer(model, Revalidations.Officer(), outcome, comments, Day));

        Assert.Equal("Comments", Assert.Single(refused.Errors).Key);
        Assert.Null(review.ComplianceOfficerSignature);
    }

    [Theory]
    [InlineData(RevalidationOutcome.PassWithFindings)]
    [InlineData(RevalidationOutcome.Fail)]
    public void SignAsOwner_FindingsOrFailWithoutComments_IsRefused(RevalidationOutcome outcome)
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        var refused = Assert.Throws<ValidationFailedException>(() => review.SignAsOwner(model, Revalidations.Owner(model), outcome, null, Day));

        Assert.Equal("Comments", Assert.Single(refused.Errors).Key);
        Assert.Null(review.OwnerSignature);
    }

    [Fact]
    public void Sign_PassWithoutComments_IsAccepted()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Pass, "  ", Day);

        Assert.Null(review.OwnerSignature?.Comments);
    }

    [Fact]
    public void Sign_WithCommentsOverTheLimit_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        var comments = new string('x', RevalidationReview.MaxCommentsLength + 1);

        var refused = Assert.Throws<ValidationFailedException>(() => review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Fail, comments, Day));

        Assert.Equal("Comments", Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Sign_WithAnUndefinedOutcome_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        var refused = Assert.Throws<ValidationFailedException>(() => review.SignAsOwner(model, Revalidations.Owner(model), (RevalidationOutcome)9, "Odd.", Day));

        Assert.Equal(nameof(RevalidationReview.Outcome), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void SignAsOwner_Twice_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Pass, null, Day);

        var refused = Assert.Throws<DomainRuleException>(() => review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Fail, "Changed my mind.", Day.AddHours(1)));

        Assert.Contains("already signed", refused.Message);
        Assert.Equal(RevalidationOutcome.Pass, review.OwnerSignature?.Outcome);
    }

    [Fact]
    public void SignAsComplianceOfficer_ASecondTime_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        review.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.Pass, null, Day);

        var refused = Assert.Throws<DomainRuleException>(() => review.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.Pass, null, Day));

        Assert.Contains("already signed", refused.Message);
    }

    [Fact]
    public void Sign_AfterTheReviewIsSignedOff_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.SignedOff(model, RevalidationSchedule.For(model, "2.1.0", null, null), Day);

        var refused = Assert.Throws<DomainRuleException>(() => review.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.Fail, "Late objection.", Day.AddDays(1)));

        Assert.Contains("already signed off", refused.Message);
        Assert.Equal(RevalidationOutcome.Pass, review.Outcome);
        Assert.Equal(Day, review.SignedOffAt);
    }

    [Fact]
    public void AttachEvaluation_BeforeAnyoneSigns_RecordsTheRun()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        var run = Guid.NewGuid();

        review.AttachEvaluation(run);

        Assert.Equal(run, review.EvaluationRunId);
    }

    [Fact]
    public void AttachEvaluation_AfterASignature_IsRefused()
    {
        var model = Build.Model();
        var review = RevalidationReview.Open(RevalidationSchedule.For(model, "2.1.0", null, null), Revalidations.FirstDue, Guid.NewGuid());
        var first = review.EvaluationRunId;
        review.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Pass, null, Day);

        var refused = Assert.Throws<DomainRuleException>(() => review.AttachEvaluation(Guid.NewGuid()));

        Assert.Contains("after someone has signed", refused.Message);
        Assert.Equal(first, review.EvaluationRunId);
    }

    [Fact]
    public void AttachEvaluation_AfterSignOff_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.SignedOff(model, RevalidationSchedule.For(model, "2.1.0", null, null), Day);

        Assert.Throws<DomainRuleException>(() => review.AttachEvaluation(Guid.NewGuid()));

        Assert.Null(review.EvaluationRunId);
    }
}
