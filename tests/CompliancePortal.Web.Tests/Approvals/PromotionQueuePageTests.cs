using CompliancePortal.Web.Components.Pages.Approvals;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Approvals;

public sealed class PromotionQueuePageTests : ApprovalsTestContext
{
    [Fact]
    public async Task WithNothingPending_SaysSo()
    {
        await SignInAsync(DemoPeople.Priya);

        var cut = Render<PromotionQueuePage>();
        await cut.WaitForStateAsync(() => cut.FindAll("[data-testid=empty-state]").Count == 1);

        Assert.Contains("Nothing waiting", cut.ByTestId("empty-state").TextContent);
    }

    [Fact]
    public async Task PendingRequest_IsListedWithALinkToReviewIt()
    {
        await MakeReadyAsync();
        var id = await RequestAsync();
        await SignInAsync(DemoPeople.Priya);

        var cut = Render<PromotionQueuePage>();
        await cut.WaitForStateAsync(() => cut.FindAll("[data-testid=pending-request-link]").Count == 1);

        var row = cut.TableRows("[data-testid=pending-requests]").Single();
        Assert.Equal(["credit-default-pd", "2.1.0", "Promotion"], row[..3]);
        Assert.Equal("0 / 2", row[4]);
        Assert.Equal($"/promotions/{id}", cut.ByTestId("pending-request-link").GetAttribute("href"));
    }
}
