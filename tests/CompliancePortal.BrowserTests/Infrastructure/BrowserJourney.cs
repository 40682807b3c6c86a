using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Infrastructure;

/// <summary>
/// A journey in Chromium against its own portal: the portal (SQLite with the demo data, on Kestrel) and a fresh browser
/// context with one page are made before each test and thrown away after it.
/// </summary>
public abstract class BrowserJourney(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _others = [];

    protected PortalFactory Portal { get; private set; } = default!;

    protected IBrowserContext Context { get; private set; } = default!;

    protected IPage Page { get; private set; } = default!;

    /// <summary>The portal this journey runs against; override to run jobs or move the clock.</summary>
    protected virtual PortalSettings Settings => PortalSettings.Sqlite() with { UseKestrel = true };

    /// <summary>The browser context; override for another window size or to accept downloads.</summary>
    protected virtual BrowserNewContextOptions ContextOptions => new() { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } };

    public async Task InitializeAsync()
    {
        Portal = new PortalFactory(Settings);
        Context = await chromium.Browser.NewContextAsync(ContextOptions);
        Page = await Context.NewPageAsync();
    }

    /// <summary>A page in a second, separate browser context (its own cookies): another person at another computer.</summary>
    protected async Task<IPage> OtherBrowserAsync()
    {
        var context = await chromium.Browser.NewContextAsync(ContextOptions);
        _others.Add(context);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }
        await Context.DisposeAsync();
        await Portal.DisposeAsync();
    }
}
