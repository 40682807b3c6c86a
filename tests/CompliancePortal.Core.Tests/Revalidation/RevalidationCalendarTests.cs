using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;

namespace CompliancePortal.Core.Tests.Revalidation;

public sealed class RevalidationCalendarTests
{
    private static readonly DateTimeOffset March = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = March.AddMonths(1);

    private static DateTimeOffset InMarch(int day) => new(2027, 3, day, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Items_ShowsEachModelsNextDueDateInTheRangeWithWhatTheCalendarNeeds()
    {
        var model = Revalidations.Model(tier: RiskTier.Critical);
        var schedule = Revalidations.DueOn(model, InMarch(20));

        var items = RevalidationCalendar.Items([schedule], [], March, April, InMarch(1));

        var item = Assert.Single(items);
        Assert.Equal((model.Id, "credit-default-pd", "Credit default PD", RiskTier.Critical, model.OwnerId, InMarch(20)),
            (item.ModelId, item.ModelKey, item.ModelName, item.RiskTier, item.OwnerId, item.DueAt));
        Assert.Equal(RevalidationStatus.Upcoming, item.Status);
        Assert.Null(item.ReviewId);
    }

    [Fact]
    public void Items_IncludeTheStartOfTheRangeAndExcludeItsEnd()
    {
        var atStart = Revalidations.DueOn(March, "credit-default-pd");
        var atEnd = Revalidations.DueOn(April, "fraud-score");
        var before = Revalidations.DueOn(March.AddTicks(-1), "churn-propensity");

        var items = RevalidationCalendar.Items([atStart, atEnd, before], [], March, April, March.AddMonths(-2));

        Assert.Equal(["credit-default-pd"], items.Select(i => i.ModelKey));
    }

    [Fact]
    public void Items_AreDueSoonWithinTheWindowAndOverdueFromTheDueInstant()
    {
        var overdue = Revalidations.DueOn(InMarch(10), "churn-propensity");
        var dueSoon = Revalidations.DueOn(InMarch(24), "credit-default-pd");
        var upcoming = Revalidations.DueOn(InMarch(26), "fraud-score");

        var items = RevalidationCalendar.Items([overdue, dueSoon, upcoming], [], March, April, InMarch(10));

        Assert.Equal([RevalidationStatus.Overdue, RevalidationStatus.DueSoon, RevalidationStatus.Upcoming], items.Select(i => i.Status));
    }

    [Fact]
    public void Items_WithAConfiguredWindow_UseItForDueSoon()
    {
        var schedule = Revalidations.DueOn(InMarch(26));

        var items = RevalidationCalendar.Items([schedule], [], March, April, InMarch(10), dueSoonDays: 30);

        Assert.Equal(RevalidationStatus.DueSoon, Assert.Single(items).Status);
    }

    [Fact]
    public void Items_LinkAnOverdueRevalidationToItsOpenReview()
    {
        var schedule = Revalidations.DueOn(InMarch(5));
        var open = RevalidationReview.Open(schedule, InMarch(5));

        var items = RevalidationCalendar.Items([schedule], [open], March, April, InMarch(12));

        var item = Assert.Single(items);
        Assert.Equal((RevalidationStatus.Overdue, open.Id), (item.Status, item.ReviewId));
    }

    [Fact]
    public void Items_ShowASignedOffReviewAsCompletedOnTheDateItAnsweredAndTheNextDueDateSeparately()
    {
        var model = Revalidations.Model();
        var schedule = Revalidations.DueOn(model, InMarch(5));
        var signedOff = Revalidations.SignedOff(model, schedule, InMarch(8), RevalidationOutcome.Fail);
        var moved = schedule.AfterSignOff(InMarch(8));

        var items = RevalidationCalendar.Items([moved], [signedOff], March, March.AddMonths(4), InMarch(9));

        Assert.Equal(2, items.Count);
        Assert.Equal((InMarch(5), RevalidationStatus.Completed, signedOff.Id, RevalidationOutcome.Fail),
            (items[0].DueAt, items[0].Status, items[0].ReviewId, items[0].Outcome));
        Assert.Equal((InMarch(8).AddMonths(3), RevalidationStatus.Upcoming, (Guid?)null), (items[1].DueAt, items[1].Status, items[1].ReviewId));
    }

    [Fact]
    public void Items_WithAScheduleNotYetToldOfTheSignOff_ShowTheRevalidationOnceAsCompleted()
    {
        var model = Revalidations.Model();
        var schedule = Revalidations.DueOn(model, InMarch(5));
        var signedOff = Revalidations.SignedOff(model, schedule, InMarch(8));

        var items = RevalidationCalendar.Items([schedule], [signedOff], March, April, InMarch(9));

        Assert.Equal(RevalidationStatus.Completed, Assert.Single(items).Status);
    }

    [Fact]
    public void Items_FilteredByRiskTier_ShowOnlyThoseTiers()
    {
        var high = Revalidations.DueOn(Revalidations.Model("credit-default-pd", RiskTier.High), InMarch(10));
        var critical = Revalidations.DueOn(Revalidations.Model("fraud-score", RiskTier.Critical), InMarch(11));
        var low = Revalidations.DueOn(Revalidations.Model("churn-propensity", RiskTier.Low), InMarch(12));
        var filter = new RevalidationCalendarFilter(RiskTiers: new HashSet<RiskTier> { RiskTier.High, RiskTier.Critical });

        var items = RevalidationCalendar.Items([high, critical, low], [], March, April, March, filter);

        Assert.Equal(["credit-default-pd", "fraud-score"], items.Select(i => i.ModelKey));
    }

    [Fact]
    public void Items_FilteredByOwner_ShowTheModelsThePersonOwnsOrBacksUp()
    {
        var person = Guid.NewGuid();
        var owned = Revalidations.DueOn(Revalidations.Model("credit-default-pd", owner: person), InMarch(10));
        var backedUp = Revalidations.DueOn(Revalidations.Model("fraud-score", backupOwner: person), InMarch(11));
        var someoneElses = Revalidations.DueOn(Revalidations.Model("churn-propensity"), InMarch(12));

        var items = RevalidationCalendar.Items([owned, backedUp, someoneElses], [], March, April, March, new RevalidationCalendarFilter(OwnerId: person));

        Assert.Equal(["credit-default-pd", "fraud-score"], items.Select(i => i.ModelKey));
    }

    [Fact]
    public void Items_FilteredOut_AlsoHideThatModelsCompletedReviews()
    {
        var model = Revalidations.Model(tier: RiskTier.Low);
        var schedule = Revalidations.DueOn(model, InMarch(5));
        var signedOff = Revalidations.SignedOff(model, schedule, InMarch(8));
        var filter = new RevalidationCalendarFilter(RiskTiers: new HashSet<RiskTier> { RiskTier.High });

        var items = RevalidationCalendar.Items([schedule.AfterSignOff(InMarch(8))], [signedOff], March, April, InMarch(9), filter);

        Assert.Empty(items);
    }

    [Fact]
    public void Items_WithEarlierOverdueIncluded_ShowRevalidationsStillOverdueFromBeforeTheRange()
    {
        var longOverdue = Revalidations.DueOn(March.AddMonths(-2), "churn-propensity");
        var inRange = Revalidations.DueOn(InMarch(20), "credit-default-pd");
        var filter = new RevalidationCalendarFilter(IncludeEarlierOverdue: true);

        var withOverdue = RevalidationCalendar.Items([longOverdue, inRange], [], InMarch(10), April, InMarch(10), filter);
        var without = RevalidationCalendar.Items([longOverdue, inRange], [], InMarch(10), April, InMarch(10));

        Assert.Equal(["churn-propensity", "credit-default-pd"], withOverdue.Select(i => i.ModelKey));
        Assert.Equal(["credit-default-pd"], without.Select(i => i.ModelKey));
    }

    [Fact]
    public void Items_WithARangeThatEndsBeforeItStarts_AreRefused()
    {
        var schedule = Revalidations.DueOn(InMarch(20));

        Assert.Throws<ArgumentException>(() => RevalidationCalendar.Items([schedule], [], April, March, March));
    }
}
