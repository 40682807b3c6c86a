using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Infrastructure;

/// <summary>
/// One Debian Chromium for the whole run, driven by Playwright. A missing browser fails the run with the command
/// that installs it; browser tests never skip.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CP_CHROMIUM") ?? ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {executable}. Install it with 'apt-get install -y chromium' (the README's test command does this), " +
                "or point CP_CHROMIUM at a Chromium binary.");
        }
        // CI shares two cores between the browser, the app and the test runner; a slow render is not a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
