using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.Core.Tests.Revalidation;

public sealed class RevalidationPlannerTests
{
    private static readonly DateTimeOffset Due = Revalidations.FirstDue;

    [Fact]
    public void ReviewsToOpen_BeforeTheDueInstant_OpensNothing()
    {
        var schedule = Revalidations.DueOn(Due);

        var toOpen = RevalidationPlanner.ReviewsToOpen([schedule], [], Due.AddTicks(-1));

        Assert.Empty(toOpen);
    }

    [Fact]
    public void ReviewsToOpen_AtTheExactDueInstant_OpensOneReviewForThatDueDateAndProductionVersion()
    {
        var schedule = Revalidations.DueOn(Due);

        var toOpen = RevalidationPlanner.ReviewsToOpen([schedule], [], Due);

        var review = Assert.Single(toOpen);
        Assert.Equal((schedule.ModelId, Due, "2.1.0", Due), (review.ModelId, review.DueAt, review.ProductionVersionLabel, review.OpenedAt));
        Assert.True(review.IsOpen);
    }

    [Fact]
    public void ReviewsToOpen_WithSeveralModels_OpensOnlyForTheDueOnes()
    {
        var due = Revalidations.DueOn(Due.AddDays(-3), "credit-default-pd");
        var notYet = Revalidations.DueOn(Due.AddDays(3), "fraud-score");
        var alsoDue = Revalidations.DueOn(Due.AddDays(-40), "churn-propensity");

        var toOpen = RevalidationPlanner.ReviewsToOpen([due, notYet, alsoDue], [], Due);

        Assert.Equal(["churn-propensity", "credit-default-pd"], toOpen.Select(r => r.ModelKey));
    }

    [Fact]
    public void ReviewsToOpen_WhenAReviewForThatDueDateIsOpen_OpensNothing()
    {
        var schedule = Revalidations.DueOn(Due);
        var existing = RevalidationReview.Open(schedule, Due);

        var toOpen = RevalidationPlanner.ReviewsToOpen([schedule], [existing], Due.AddDays(1));

        Assert.Empty(toOpen);
    }

    [Fact]
    public void ReviewsToOpen_WhenAnotherModelHasAnOpenReview_StillOpensOneForThisModel()
    {
        var schedule = Revalidations.DueOn(Due, "credit-default-pd");
        var other = Revalidations.DueOn(Due, "fraud-score");
        var existing = RevalidationReview.Open(other, Due);

        var toOpen = RevalidationPlanner.ReviewsToOpen([schedule, other], [existing], Due.AddDays(1));

        Assert.Equal(schedule.ModelId, Assert.Single(toOpen).ModelId);
    }

    [Fact]
    public void ReviewsToOpen_WhenTheReviewForThatDueDateIsSignedOffButTheScheduleIsStale_OpensNothing()
    {
        var model = Revalidations.Model();
        var schedule = Revalidations.DueOn(model, Due);
        var signedOff = Revalidations.SignedOff(model, schedule, Due.AddDays(2));

        var toOpen = RevalidationPlanner.ReviewsToOpen([schedule], [signedOff], Due.AddDays(3));

        Assert.Empty(toOpen);
    }

    [Fact]
    public void ReviewsToOpen_WhenAnEarlierDueDatesReviewIsStillOpenAfterACadenceChange_OpensNoSecondReview()
    {
        var model = Revalidations.Model(tier: RiskTier.Low);
        var before = Revalidations.DueOn(model, Due);
        var open = RevalidationReview.Open(before, Due);
        var after = before.WithCadence(new RevalidationCadence(11, true, "Shortened after an incident."));

        var toOpen = RevalidationPlanner.ReviewsToOpen([after], [open], Due.AddDays(1));

        Assert.NotEqual(before.DueAt, after.DueAt);
        Assert.Empty(toOpen);
    }

    [Fact]
    public void ReviewsToOpen_AfterTheLastReviewWasSignedOffAndTheNextDueDatePassed_OpensTheNextReview()
    {
        var model = Revalidations.Model();
        var first = Revalidations.DueOn(model, Due);
        var signedOff = Revalidations.SignedOff(model, first, Due.AddDays(2));
        var next = first.AfterSignOff(signedOff.SignedOffAt!.Value);

        var toOpen = RevalidationPlanner.ReviewsToOpen([next], [signedOff], next.DueAt);

        Assert.Equal(Due.AddDays(2).AddMonths(3), Assert.Single(toOpen).DueAt);
    }

    [Fact]
    public void ReviewsToOpen_WithTheSameModelListedTwice_OpensOneReview()
    {
        var schedule = Revalidations.DueOn(Due);

        var toOpen = RevalidationPlanner.ReviewsToOpen([schedule, schedule], [], Due);

        Assert.Single(toOpen);
    }

    [Fact]
    public void TheRecurringJob_RunTwiceAfterTheClockPassesTheDueDate_OpensExactlyOneReview()
    {
        var clock = new FakeTimeProvider(Due.AddDays(-2));
        var job = new PlanningJob(clock, [Revalidations.DueOn(Due)]);
        job.Run();

        clock.Advance(TimeSpan.FromDays(3));
        job.Run();
        job.Run();

        var review = Assert.Single(job.Reviews);
        Assert.Equal(Due, review.DueAt);
        Assert.Equal(Due.AddDays(1), review.OpenedAt);
    }

    [Fact]
    public void TheRecurringJob_AfterASignOff_OpensTheNextReviewOnceTheNextDueDatePasses()
    {
        var model = Revalidations.Model();
        var clock = new FakeTimeProvider(Due.AddHours(1));
        var job = new PlanningJob(clock, [Revalidations.DueOn(model, Due)]);
        job.Run();
        var first = Assert.Single(job.Reviews);
        first.SignAsOwner(model, Revalidations.Owner(model), RevalidationOutcome.Pass, null, clock.GetUtcNow());
        first.SignAsComplianceOfficer(model, Revalidations.Officer(), RevalidationOutcome.Pass, null, clock.GetUtcNow());
        job.Schedules = [job.Schedules[0].AfterSignOff(first.SignedOffAt!.Value)];

        clock.Advance(TimeSpan.FromDays(80));
        job.Run();
        clock.Advance(TimeSpan.FromDays(20));
        job.Run();
        job.Run();

        Assert.Equal(2, job.Reviews.Count);
        Assert.Equal(Due.AddHours(1).AddMonths(3), job.Reviews[1].DueAt);
    }

    /// <summary>What the recurring job does, minus the database: plan against what is stored, then store what was planned.</summary>
    private sealed class PlanningJob(TimeProvider clock, List<RevalidationSchedule> schedules)
    {
        public List<RevalidationSchedule> Schedules { get; set; } = schedules;

        public List<RevalidationReview> Reviews { get; } = [];

        public void Run() => Reviews.AddRange(RevalidationPlanner.ReviewsToOpen(Schedules, Reviews, clock.GetUtcNow()));
    }
}
