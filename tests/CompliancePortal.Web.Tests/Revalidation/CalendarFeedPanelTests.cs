using CompliancePortal.Core.Revalidation;
using CompliancePortal.Web.Components.Pages.Revalidation;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Revalidation;

public sealed class CalendarFeedPanelTests : RevalidationTestContext
{
    [Fact]
    public async Task CreatingAFeed_ShowsItsPrivateUrlOnce_AndRevokingItEndsIt()
    {
        var olivia = await SignInAsync(DemoPeople.Olivia);
        var cut = Render<CalendarFeedPanel>();
        Assert.NotNull(cut.ByTestId("feed-none"));

        await cut.ClickAsync("feed-create");

        var url = cut.ValueOf("feed-url")!;
        Assert.Matches(@"^http://localhost/calendar/cpf_[0-9a-f]{64}\.ics$", url);
        var secret = url[(url.LastIndexOf('/') + 1)..^".ics".Length];
        Assert.NotNull(await Get<CalendarFeedService>().ContentAsync(secret));

        await cut.ClickAsync("feed-revoke");

        Assert.Null(await Get<CalendarFeedService>().ContentAsync(secret));
        Assert.Null(await Get<CalendarFeedService>().ActiveAsync(olivia.Id));
        Assert.Empty(cut.FindAll("[data-testid=feed-url]"));
    }

    [Fact]
    public async Task AnActiveFeed_IsNamedByItsPrefixButItsUrlIsNotShownAgain()
    {
        await Get<CalendarFeedService>().CreateAsync(await ActorAsync(DemoPeople.Olivia));
        await SignInAsync(DemoPeople.Olivia);

        var cut = Render<CalendarFeedPanel>();

        Assert.Contains("cpf_", cut.ByTestId("feed-active").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=feed-url]"));
        Assert.NotNull(cut.ByTestId("feed-revoke"));
    }
}
