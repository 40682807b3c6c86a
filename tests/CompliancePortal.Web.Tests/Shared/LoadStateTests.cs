using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Web;

namespace CompliancePortal.Web.Tests.Shared;

public sealed class LoadStateTests : PortalTestContext
{
    private const string Content = "<p data-testid=\"content\">The page</p>";

    [Fact]
    public void Loading_ShowsTheLoadingStateInsteadOfTheContent()
    {
        var cut = Render<LoadState>(p => p.Add(c => c.Loading, true).AddChildContent(Content));

        Assert.Single(cut.FindAll("[data-testid=loading-state]"));
        Assert.Empty(cut.FindAll("[data-testid=content]"));
    }

    [Fact]
    public async Task Error_ShowsTheMessageAndATryAgainButtonThatRetries()
    {
        var retries = 0;
        var cut = Render<LoadState>(p => p
            .Add(c => c.Loading, true)
            .Add(c => c.Error, "The models could not be loaded.")
            .Add(c => c.OnRetry, () => retries++)
            .AddChildContent(Content));

        await cut.Find("[data-testid=error-state] button").ClickAsync(new MouseEventArgs());

        Assert.Contains("The models could not be loaded.", cut.Find("[data-testid=error-state]").TextContent);
        Assert.Equal("Try again", cut.Find("[data-testid=error-state] button").TextContent.Trim());
        Assert.Equal(1, retries);
        Assert.Empty(cut.FindAll("[data-testid=loading-state]"));
        Assert.Empty(cut.FindAll("[data-testid=content]"));
    }

    [Fact]
    public void Empty_ShowsTheEmptyStateWithItsTitle()
    {
        var cut = Render<LoadState>(p => p.Add(c => c.IsEmpty, true).Add(c => c.EmptyTitle, "You own no models").AddChildContent(Content));

        Assert.Contains("You own no models", cut.Find("[data-testid=empty-state]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=content]"));
    }

    [Fact]
    public void Loaded_ShowsTheContent()
    {
        var cut = Render<LoadState>(p => p.AddChildContent(Content));

        Assert.Equal("The page", cut.Find("[data-testid=content]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=loading-state], [data-testid=error-state], [data-testid=empty-state]"));
    }
}
