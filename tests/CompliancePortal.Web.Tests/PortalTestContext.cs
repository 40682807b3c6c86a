using System.Security.Claims;
using Bunit.TestDoubles;
using CompliancePortal.Core;
using CompliancePortal.Core.Demo;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CompliancePortal.Web.Tests;

/// <summary>
/// One bUnit context per test: MudBlazor with loose JS interop, the real Core services over a fresh SQLite database
/// seeded with the demo organisation, and a signed-in person whose principal has the shape the app's sign-in gives.
/// </summary>
public abstract class PortalTestContext : BunitContext, IAsyncLifetime
{
    private static readonly string[] PolicyNames =
        [PortalPolicies.RegisterModels, PortalPolicies.RecordLineage, PortalPolicies.ReadAuditLog, PortalPolicies.Administer];

    // bUnit's authorization service grants policies by name only; the real policy definitions decide which names to grant.
    private static readonly IAuthorizationService RealPolicies = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationCore(PortalPolicies.Add)
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "cp-web-tests", Guid.NewGuid().ToString("N"));
    private readonly BunitAuthorizationContext _authorization;

    protected PortalTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddPortalCore(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _dataDirectory });
        Services.AddScoped<CurrentUser>();
        _authorization = AddAuthorization();
    }

    public static string DemoDataPath => Path.Combine(AppContext.BaseDirectory, "assets/demo/demo-data.json");

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected async Task<PortalDbContext> OpenDatabaseAsync() =>
        await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>Signs in a seeded person by e-mail, with the roles the demo data gives them.</summary>
    protected async Task<Person> SignInAsync(string email)
    {
        await using var db = await OpenDatabaseAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        var principal = PortalPrincipal.Create(person, person.Roles, "test", DateTimeOffset.UtcNow);
        var granted = new List<string>();
        foreach (var policy in PolicyNames)
        {
            if ((await RealPolicies.AuthorizeAsync(principal, policy)).Succeeded)
            {
                granted.Add(policy);
            }
        }

        // bUnit builds its own identity, with ClaimTypes.Role as the role claim type, so its SetRoles feeds IsInRole;
        // the portal's own claims (its "role" claims included) are added beside them for PortalPrincipal.ToActor.
        _authorization.SetAuthorized(person.DisplayName);
        _authorization.SetRoles([.. person.Roles]);
        _authorization.SetClaims([.. principal.Claims.Select(c => new Claim(c.Type, c.Value))]);
        _authorization.SetPolicies([.. granted]);
        return person;
    }

    /// <summary>Renders the provider MudSelect, MudAutocomplete and MudMenu put their lists in; render it before the component.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();

    public async Task InitializeAsync()
    {
        await using (var db = await OpenDatabaseAsync())
        {
            await DatabaseSetup.MigrateAsync(db);
        }
        await Get<DemoDataSeeder>().SeedAsync(DemoDataSeeder.Load(DemoDataPath));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        string connectionString;
        await using (var db = await OpenDatabaseAsync())
        {
            connectionString = db.Database.GetConnectionString()!;
        }
        await base.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a stray folder under the temp directory.
        }
    }
}
