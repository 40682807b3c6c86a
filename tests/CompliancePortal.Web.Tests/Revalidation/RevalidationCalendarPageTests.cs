using CompliancePortal.Web.Components.Pages.Revalidation;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Revalidation;

public sealed class RevalidationCalendarPageTests : RevalidationTestContext
{
    [Fact]
    public async Task TheMonthView_ShowsAnOverdueRevalidationInRed()
    {
        Clock.SetUtcNow(FirstDueAt.AddDays(2));
        await SignInAsync(DemoPeople.Henrik);

        var cut = RenderCalendar();

        var credit = ItemFor(cut, CreditModel);
        Assert.Equal("Overdue", credit.GetAttribute("data-status"));
        Assert.Contains("mud-chip-color-error", credit.ClassList);
        Assert.Equal("2026-04-10", credit.Closest("[data-testid=calendar-day]")!.GetAttribute("data-date"));
        Assert.Equal("/models/credit-default-pd", credit.GetAttribute("href"));
    }

    [Fact]
    public async Task ADueSoonRevalidation_IsOrangeAndAFarOneIsPlain()
    {
        Clock.SetUtcNow(FirstDueAt.AddDays(-5));
        await SignInAsync(DemoPeople.Henrik);

        var cut = RenderCalendar();

        var credit = ItemFor(cut, CreditModel);
        Assert.Equal("DueSoon", credit.GetAttribute("data-status"));
        Assert.Contains("mud-chip-color-warning", credit.ClassList);
        Assert.DoesNotContain(cut.FindAll("[data-testid=calendar-item]"), i => i.GetAttribute("data-model") == "customer-churn-propensity");
    }

    [Fact]
    public async Task AnItemWithAnOpenReview_LinksToTheReview()
    {
        var reviewId = await CreditReviewIdAsync();
        await SignInAsync(DemoPeople.Henrik);

        var cut = RenderCalendar();

        Assert.Equal($"/revalidation/reviews/{reviewId}", ItemFor(cut, CreditModel).GetAttribute("href"));
    }

    [Fact]
    public async Task FilteringByRiskTier_ShowsOnlyModelsOfThatTier()
    {
        Clock.SetUtcNow(FirstDueAt.AddDays(2));
        await SignInAsync(DemoPeople.Henrik);
        var cut = RenderCalendar();
        Assert.Equal(3, cut.FindAll("[data-testid=calendar-item]").Count);

        await cut.ClickAsync("tier-Critical");

        cut.WaitForAssertion(() => Assert.Equal([CreditModel], Models(cut)));
    }

    [Fact]
    public async Task TheListView_ListsOverdueAndComingRevalidationsByDueDate()
    {
        Clock.SetUtcNow(FirstDueAt.AddDays(2));
        await SignInAsync(DemoPeople.Henrik);
        var cut = RenderCalendar();

        await cut.ClickAsync("view-list");

        cut.WaitForAssertion(() => Assert.Equal("List", cut.ByTestId("revalidation-calendar").GetAttribute("data-view")));
        var rows = cut.TableRows("[data-testid=calendar-list]");
        Assert.Equal(4, rows.Count);
        Assert.Equal(["2026-04-10", "2026-04-10", "2026-04-10", "2026-07-10"], rows.Select(r => r[0]));
        Assert.Equal(["Overdue", "Overdue", "Overdue", "Upcoming"], rows.Select(r => r[4]));
        Assert.Equal("Customer churn propensity", rows[3][1]);
    }

    [Fact]
    public async Task TheWeekView_ShowsSevenDaysFromMonday()
    {
        Clock.SetUtcNow(FirstDueAt.AddDays(2));
        await SignInAsync(DemoPeople.Henrik);
        var cut = RenderCalendar();

        await cut.ClickAsync("view-week");

        cut.WaitForAssertion(() => Assert.Equal(7, cut.FindAll("[data-testid=calendar-day]").Count));
        Assert.Equal("2026-04-06", cut.FindAll("[data-testid=calendar-day]")[0].GetAttribute("data-date"));
        Assert.Equal(3, cut.FindAll("[data-testid=calendar-item]").Count);
    }

    private IRenderedComponent<RevalidationCalendarPage> RenderCalendar()
    {
        RenderPopoverProvider();
        var cut = Render<RevalidationCalendarPage>();
        cut.WaitForElement("[data-testid=revalidation-calendar]");
        return cut;
    }

    private static AngleSharp.Dom.IElement ItemFor(IRenderedComponent<RevalidationCalendarPage> cut, string model) =>
        cut.FindAll("[data-testid=calendar-item]").Single(i => i.GetAttribute("data-model") == model);

    private static List<string?> Models(IRenderedComponent<RevalidationCalendarPage> cut) =>
        cut.FindAll("[data-testid=calendar-item]").Select(i => i.GetAttribute("data-model")).ToList();
}
