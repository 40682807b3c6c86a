using CompliancePortal.Core;
using CompliancePortal.Core.Demo;
using CompliancePortal.Core.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Hosting;

public static class DatabaseHosting
{
    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddPortalCore(database);
        builder.AddKeyProtection();

        if (builder.Environment.IsProduction() && builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:Seed"))
        {
            throw new InvalidOperationException(
                "Demo:Seed is true in the Production environment. Demo people and models must never reach a production registry; set Demo:Seed to false.");
        }
    }

    /// <summary>Applies migrations and, for the embedded default, seeds the demo organisation into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (database.ApplyMigrationsAtStartup)
        {
            var contexts = app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            await DatabaseSetup.MigrateAsync(db);
        }
        if (demo.Seed)
        {
            var data = DemoDataSeeder.Load(demo.ResolveDataFile());
            if (await app.Services.GetRequiredService<DemoDataSeeder>().SeedAsync(data))
            {
                app.Logger.LogInformation("Seeded the demo organisation: {People} people, {Models} models", data.People.Count, data.Models.Count);
            }
        }
    }
}
