using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is live, so typing and clicking reach the server.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

    public static async Task SignInAsDemoPersonAsync(this IPage page, Uri root, string email)
    {
        await page.GotoAsync(new Uri(root, "/").ToString());
        await page.Locator($"[data-testid='person-{email}'] button").ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.GetByTestId("signed-in-person").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await page.GetByTestId("signed-out").WaitForAsync();
    }

    /// <summary>Fills a MudBlazor text field found by its label and leaves it, so its value is committed.</summary>
    public static async Task FillFieldAsync(this IPage page, string label, string value)
    {
        var input = page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    /// <summary>Opens a MudBlazor select by its label and picks the option with the given text.</summary>
    public static async Task ChooseAsync(this IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new LocatorFilterOptions { HasText = label }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
    }

    /// <summary>
    /// Closes a multi-select's list and waits until no list is open: on a busy machine the list can still cover the
    /// next button when the click arrives.
    /// </summary>
    public static async Task CloseListsAsync(this IPage page)
    {
        var open = page.Locator(".mud-popover-open .mud-list");
        if (await open.CountAsync() > 0)
        {
            await page.Keyboard.PressAsync("Escape");
        }
        await Assertions.Expect(open).ToHaveCountAsync(0);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CompliancePortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Could not find the repository root (CompliancePortal.sln) above the test binaries.");
    }
}
