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
        Assert.Equal(0, (await Get<CompliancePortal.Core.Approvals.NotificationService>().ForAsync(person.PersonId!.Value)).Unread);
    }
}
