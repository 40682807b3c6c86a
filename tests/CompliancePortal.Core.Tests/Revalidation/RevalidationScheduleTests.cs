using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Revalidation;

public sealed class RevalidationScheduleTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 9, int minute = 30) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void DueAt_OfAModelNeverPromotedNorRevalidated_IsItsRegistrationPlusTheCadence()
    {
        var model = Build.Model(RiskTier.High);

        var schedule = RevalidationSchedule.For(model, null, null, null);

        Assert.Equal(Revalidations.FirstDue, schedule.DueAt);
        Assert.Equal(Build.Now, schedule.BaselineAt);
    }

    [Fact]
    public void DueAt_OfAModelNeverRevalidated_CountsFromItsFirstPromotionToProduction()
    {
        var model = Build.Model(RiskTier.Medium);

        var schedule = RevalidationSchedule.For(model, "2.1.0", Utc(2027, 1, 10), null);

        Assert.Equal(Utc(2027, 7, 10), schedule.DueAt);
    }

    [Fact]
    public void DueAt_AfterASignOff_CountsFromTheLastSignOffNotFromProduction()
    {
        var model = Build.Model(RiskTier.Low);

        var schedule = RevalidationSchedule.For(model, "2.1.0", Utc(2027, 1, 10), Utc(2027, 3, 5, 14, 0));

        Assert.Equal(Utc(2028, 3, 5, 14, 0), schedule.DueAt);
    }

    [Theory]
    [InlineData("2027-01-31", 1, "2027-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2028-02-29", 12, "2029-02-28")]
    [InlineData("2028-02-29", 48, "2032-02-29")]
    [InlineData("2027-08-31", 3, "2027-11-30")]
    [InlineData("2027-03-31", 6, "2027-09-30")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    [InlineData("2027-01-15", 1, "2027-02-15")]
    [InlineData("2027-12-31", 1, "2028-01-31")]
    public void DueAfter_AddsCalendarMonthsClampedToTheEndOfAShorterMonth(string from, int months, string expected)
    {
        var start = DateTimeOffset.Parse(from + "T09:30:00Z");

        var due = RevalidationSchedule.DueAfter(start, months);

        Assert.Equal(DateTimeOffset.Parse(expected + "T09:30:00Z"), due);
    }

    [Fact]
    public void DueAt_OfASignOffOnTheLastDayOfJanuary_IsTheLastDayOfFebruaryInALeapYear()
    {
        var model = Build.Model(RiskTier.High);
        var schedule = RevalidationSchedule.For(model, "2.1.0", null, Utc(2027, 11, 30));

        var due = schedule.WithCadence(new RevalidationCadence(1, true, "Monthly while on watch.")).AfterSignOff(Utc(2028, 1, 31)).DueAt;

        Assert.Equal(Utc(2028, 2, 29), due);
    }

    [Fact]
    public void DueAt_OfASignOffWithAnOffset_IsCountedInUtcCalendarMonths()
    {
        var model = Build.Model(RiskTier.High);
        var signedOff = new DateTimeOffset(2027, 1, 31, 2, 0, 0, TimeSpan.FromHours(5));

        var schedule = RevalidationSchedule.For(model, "2.1.0", null, signedOff);

        Assert.Equal(new DateTimeOffset(2027, 4, 30, 21, 0, 0, TimeSpan.Zero), schedule.DueAt);
        Assert.Equal(TimeSpan.Zero, schedule.DueAt.Offset);
    }

    [Fact]
    public void DueAt_AfterACadenceOverride_IsRecomputedFromTheLastSignOff()
    {
        var model = Build.Model(RiskTier.High);
        var lastSignOff = Utc(2027, 2, 1);
        model.Update(Build.Details(RiskTier.High, model.OwnerId) with { CadenceOverrideMonths = 12, CadenceOverrideReason = "Frozen portfolio." }, Utc(2027, 3, 1));

        var schedule = RevalidationSchedule.For(model, "2.1.0", null, lastSignOff);

        Assert.Equal(Utc(2028, 2, 1), schedule.DueAt);
        Assert.True(schedule.Cadence.IsOverride);
    }

    [Fact]
    public void DueAt_AfterARiskTierChange_IsRecomputedFromTheLastSignOffAndMayAlreadyBePast()
    {
        var model = Build.Model(RiskTier.Low);
        var lastSignOff = Utc(2027, 2, 1);
        var before = RevalidationSchedule.For(model, "2.1.0", null, lastSignOff);
        model.Update(Build.Details(RiskTier.Critical, model.OwnerId), Utc(2027, 6, 1));

        var after = RevalidationSchedule.For(model, "2.1.0", null, lastSignOff);

        Assert.Equal(Utc(2028, 2, 1), before.DueAt);
        Assert.Equal(Utc(2027, 5, 1), after.DueAt);
        Assert.True(after.IsOverdue(Utc(2027, 6, 1)));
    }

    [Fact]
    public void WithCadence_RecomputesTheDueDateFromTheLastSignOff()
    {
        var schedule = RevalidationSchedule.For(Build.Model(RiskTier.Medium), "2.1.0", Utc(2026, 12, 1), Utc(2027, 4, 20));

        var changed = schedule.WithCadence(new RevalidationCadence(2, true, "On watch after an incident."));

        Assert.Equal(Utc(2027, 10, 20), schedule.DueAt);
        Assert.Equal(Utc(2027, 6, 20), changed.DueAt);
    }

    [Fact]
    public void AfterSignOff_MovesTheDueDateToTheSignOffPlusTheCadence()
    {
        var schedule = RevalidationSchedule.For(Build.Model(RiskTier.High), "2.1.0", null, null);

        var next = schedule.AfterSignOff(Utc(2027, 3, 3));

        Assert.Equal(Utc(2027, 6, 3), next.DueAt);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void IsOverdue_FromTheExactDueInstantOn(long ticksFromDue, bool overdue)
    {
        var schedule = RevalidationSchedule.For(Build.Model(RiskTier.High), null, null, null);

        var result = schedule.IsOverdue(Revalidations.FirstDue.AddTicks(ticksFromDue));

        Assert.Equal(overdue, result);
    }

    [Theory]
    [InlineData("2027-02-12T09:30:00Z", 14)]
    [InlineData("2027-02-25T23:59:59Z", 1)]
    [InlineData("2027-02-26T00:00:00Z", 0)]
    [InlineData("2027-02-26T09:29:59Z", 0)]
    [InlineData("2027-02-26T23:59:59Z", 0)]
    [InlineData("2027-02-27T00:00:00Z", -1)]
    [InlineData("2027-03-28T08:00:00Z", -30)]
    public void DaysUntilDue_CountsUtcCalendarDaysAndTurnsNegativeOncePast(string now, int days)
    {
        var schedule = RevalidationSchedule.For(Build.Model(RiskTier.High), null, null, null);

        var result = schedule.DaysUntilDue(DateTimeOffset.Parse(now));

        Assert.Equal(days, result);
    }

    [Theory]
    [InlineData(-14 * TimeSpan.TicksPerDay - 1, RevalidationStatus.Upcoming)]
    [InlineData(-14 * TimeSpan.TicksPerDay, RevalidationStatus.DueSoon)]
    [InlineData(-1, RevalidationStatus.DueSoon)]
    [InlineData(0, RevalidationStatus.Overdue)]
    [InlineData(TimeSpan.TicksPerDay, RevalidationStatus.Overdue)]
    public void StatusAt_WithTheDefaultWindow_IsDueSoonWithinFourteenDaysAndOverdueFromTheDueInstant(long ticksFromDue, RevalidationStatus expected)
    {
        var schedule = RevalidationSchedule.For(Build.Model(RiskTier.High), null, null, null);

        var status = schedule.StatusAt(Revalidations.FirstDue.AddTicks(ticksFromDue));

        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(30, RevalidationStatus.DueSoon)]
    [InlineData(7, RevalidationStatus.Upcoming)]
    [InlineData(0, RevalidationStatus.Upcoming)]
    public void StatusAt_WithAConfiguredWindow_UsesThatWindow(int windowDays, RevalidationStatus expected)
    {
        var schedule = RevalidationSchedule.For(Build.Model(RiskTier.High), null, null, null);

        var status = schedule.StatusAt(Revalidations.FirstDue.AddDays(-20), windowDays);

        Assert.Equal(expected, status);
    }

    [Fact]
    public void StatusAt_WithANegativeWindow_IsRefused()
    {
        var schedule = RevalidationSchedule.For(Build.Model(RiskTier.High), null, null, null);

        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.StatusAt(Build.Now, -1));
    }

    [Fact]
    public void For_CarriesWhatTheCalendarShowsAboutTheModel()
    {
        var (owner, backup) = (Guid.NewGuid(), Guid.NewGuid());
        var model = Build.Model(RiskTier.Critical, owner, backup);

        var schedule = RevalidationSchedule.For(model, "2.1.0", null, null);

        Assert.Equal((model.Id, "credit-default-pd", "Credit default PD", RiskTier.Critical, owner, backup, "2.1.0"),
            (schedule.ModelId, schedule.ModelKey, schedule.ModelName, schedule.RiskTier, schedule.OwnerId, schedule.BackupOwnerId, schedule.ProductionVersionLabel));
        Assert.True(schedule.IsOwnedBy(backup));
    }
}
