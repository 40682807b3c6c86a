using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace CompliancePortal.Testing.Portal;

/// <summary>
/// The real portal, in-process, with its own database: a fresh SQLite folder, or the PostgreSQL database the
/// test passes. Settings go in through UseSetting so they are visible while Program builds its services.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly PortalSettings _settings;
    private readonly string _dataDirectory;

    public PortalFactory(PortalSettings settings)
    {
        _settings = settings;
        _dataDirectory = Path.Combine(Path.GetTempPath(), "cp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDirectory);
        if (settings.UseKestrel)
        {
            UseKestrel(0);
        }
    }

    public string DataDirectory => _dataDirectory;

    /// <summary>The root address browsers should use; 127.0.0.1, not localhost, so sign-in cookies stay same-site.</summary>
    public Uri RootUri
    {
        get
        {
            StartServer();
            var address = ClientOptions.BaseAddress;
            return new UriBuilder(address) { Host = "127.0.0.1" }.Uri;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_settings.Environment);
        builder.UseSetting("Database:Provider", _settings.Provider);
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Database:ConnectionString", _settings.ConnectionString ?? "");
        builder.UseSetting("Authentication:Mode", _settings.AuthenticationMode);
        builder.UseSetting("Demo:Seed", _settings.SeedDemoData ? "true" : "false");
        builder.UseSetting("Jobs:Enabled", _settings.RunJobs ? "true" : "false");
        builder.UseSetting("Jobs:WorkerCount", "1");
        if (_settings.UseKestrel)
        {
            builder.UseSetting("Urls", "http://127.0.0.1:0");
        }
        foreach (var (key, value) in _settings.Extra)
        {
            builder.UseSetting(key, value);
        }
        if (_settings.Services is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a handle for a moment; a leftover temp folder is harmless.
        }
    }
}
