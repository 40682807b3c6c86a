using System.Net;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Revalidation;

/// <summary>The private .ics feed, fetched without signing in as a calendar app would, and read by an independent parser.</summary>
public abstract class CalendarFeedTests(PortalHost host, FakeTimeProvider clock)
{
    private readonly RevalidationDriver _driver = new(host, clock);

    [Fact]
    public async Task TheOwnersFeed_HasAnAllDayEventOnTheDueDate_LinkingToTheReview()
    {
        var (key, reviewId) = await _driver.DueModelWithReviewAsync();
        var dueAt = (await _driver.ScheduleAsync(key)).GetProperty("dueAt").GetDateTimeOffset();
        var feed = await CreateFeedAsync(PortalClients.Olivia);

        var calendar = await FetchAsync(feed.Secret);

        Assert.Equal("2.0", calendar.Version);
        var item = Assert.Single(calendar.Events, e => e.Summary == $"Revalidation due: Integration test model {key}");
        Assert.True(item.AllDay);
        Assert.Equal(dueAt.UtcDateTime.ToString("yyyy-MM-dd"), item.Start);
        Assert.Equal(dueAt.UtcDateTime.AddDays(1).ToString("yyyy-MM-dd"), item.End);
        Assert.EndsWith($"/revalidation/reviews/{reviewId}", item.Url);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task TheFeed_KeepsEachEventsUidAcrossRefreshes()
    {
        var key = await _driver.NewModelAsync();
        var feed = await CreateFeedAsync(PortalClients.Olivia);
        var first = await FetchAsync(feed.Secret);

        await _driver.PassDueDateAsync(key);
        await _driver.RunJobAsync();
        var second = await FetchAsync(feed.Secret);

        var summary = $"Revalidation due: Integration test model {key}";
        Assert.Equal(first.Events.Single(e => e.Summary == summary).Uid, second.Events.Single(e => e.Summary == summary).Uid);
        Assert.Contains("/models/", first.Events.Single(e => e.Summary == summary).Url);
        Assert.Contains("/revalidation/reviews/", second.Events.Single(e => e.Summary == summary).Url);
    }

    [Fact]
    public async Task AModelOwnersFeed_LeavesOutOtherPeoplesModels_AndAComplianceOfficersHasThemAll()
    {
        var key = await _driver.NewModelAsync();
        var summary = $"Revalidation due: Integration test model {key}";

        var marcus = await FetchAsync((await CreateFeedAsync(PortalClients.Marcus)).Secret);
        var priya = await FetchAsync((await CreateFeedAsync(PortalClients.Priya)).Secret);

        Assert.DoesNotContain(marcus.Events, e => e.Summary == summary);
        Assert.Contains(priya.Events, e => e.Summary == summary);
    }

    [Fact]
    public async Task ARevokedFeed_IsNotFound_AndCreatingAndRevokingAreAudited()
    {
        var audit = await _driver.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();
        var feed = await CreateFeedAsync(PortalClients.Sofia);
        using var anonymous = host.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/calendar/{feed.Secret}.ics")).StatusCode);

        await Feeds.RevokeAsync(await ActorAsync(PortalClients.Sofia), feed.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/{feed.Secret}.ics")).StatusCode);
        var actions = await audit.ActionsAfterAsync(mark);
        Assert.Contains("calendar-feed.created", actions);
        Assert.Contains("calendar-feed.revoked", actions);
    }

    [Fact]
    public async Task AnUnknownSecret_IsNotFound()
    {
        using var anonymous = host.AnonymousClient();

        var response = await anonymous.GetAsync($"/calendar/{CalendarFeed.Scheme}{new string('0', 64)}.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ANewFeed_ReplacesThePersonsPreviousOne()
    {
        var first = await CreateFeedAsync(PortalClients.Olivia);

        var second = await CreateFeedAsync(PortalClients.Olivia);

        using var anonymous = host.AnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/{first.Secret}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/calendar/{second.Secret}.ics")).StatusCode);
    }

    [Fact]
    public async Task ABoardMembersFeed_HasTheBoardsMeetings_AtTheirTimeAndPlace_AndOthersDoNot()
    {
        var startsAt = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date.AddDays(3).AddHours(14), TimeSpan.Zero);
        var title = $"Feed test CAB {Guid.NewGuid():N}"[..30];
        var meetingId = await host.Factory.Services.GetRequiredService<CabMeetingService>().ScheduleAsync(await ActorAsync("yuki.tanaka@contoso.example"),
            "model-risk-cab", new MeetingDefinition(title, startsAt, 90, "Room 4.12", "https://meet.contoso.example/feed-test"));

        var daniel = await FetchAsync((await CreateFeedAsync("daniel.okafor@contoso.example")).Secret);
        var olivia = await FetchAsync((await CreateFeedAsync(PortalClients.Olivia)).Secret);

        var meeting = Assert.Single(daniel.Events, e => e.Summary == $"CAB: {title}");
        Assert.False(meeting.AllDay);
        Assert.Equal(startsAt, DateTimeOffset.Parse(meeting.Start));
        Assert.Equal(startsAt.AddMinutes(90), DateTimeOffset.Parse(meeting.End));
        Assert.Equal("Room 4.12", meeting.Location);
        Assert.EndsWith($"/cab/meetings/{meetingId}", meeting.Url);
        Assert.DoesNotContain(olivia.Events, e => e.Summary == $"CAB: {title}");
    }

    private CalendarFeedService Feeds => host.Factory.Services.GetRequiredService<CalendarFeedService>();

    private async Task<IssuedCalendarFeed> CreateFeedAsync(string email) => await Feeds.CreateAsync(await ActorAsync(email));

    private async Task<Actor> ActorAsync(string email)
    {
        (await _driver.ClientAsync(email)).Dispose();
        await using var db = await host.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
    }

    private async Task<ParsedCalendar> FetchAsync(string secret)
    {
        using var anonymous = host.AnonymousClient();
        var response = await anonymous.GetAsync($"/calendar/{secret}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return await IcalendarParser.ParseAsync(await response.Content.ReadAsStringAsync());
    }
}
