using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Pages.Approvals;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Approvals;

public sealed class NotificationBellTests : ApprovalsTestContext
{
    [Fact]
    public async Task NewRequest_LightsTheOfficersBellLive_AndOpeningItMarksThemRead()
    {
        await SignInAsync(DemoPeople.Priya);
        var popovers = RenderPopoverProvider();
        var cut = Render<NotificationBell>();
        var before = cut.FindAll(".mud-badge-badge").Count;

        await MakeReadyAsync();
        await RequestAsync();
        await cut.WaitForStateAsync(() => cut.FindAll(".mud-badge").Any(b => b.TextContent.Contains('1')));
        await cut.ClickAsync("notification-button");

        Assert.Equal(0, before);
        Assert.Contains(popovers.FindAll("[data-testid=notification]"), n => n.TextContent.Contains("credit-default-pd to 2.1.0 requested by Olivia Owens"));
        var person = await ActorAsync(DemoPeople.Priya);
        Assert.Equal(0, (await Get<NotificationService>().ForAsync(person.PersonId!.Value)).Unread);
    }

    [Fact]
    public async Task AClosedBell_HoldsNoSubscription_AndHearsNothing()
    {
        await SignInAsync(DemoPeople.Priya);
        var live = Get<LiveUpdates>();
        var cut = Render<NotificationBell>();
        await cut.WaitForStateAsync(() => live.SubscriberCount<NotificationsRaised>() == 1);

        await DisposeComponentsAsync();
        await MakeReadyAsync();
        await RequestAsync();

        Assert.Equal(0, live.SubscriberCount<NotificationsRaised>());
    }
}
