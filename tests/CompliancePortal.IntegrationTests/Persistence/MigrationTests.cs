using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.IntegrationTests.Persistence;

/// <summary>A new installation: every migration of the provider applies, in order, to an empty database.</summary>
public abstract class MigrationTests
{
    /// <summary>A context on a fresh, empty database of the provider under test.</summary>
    protected abstract Task<PortalDbContext> CreateFreshContextAsync();

    [Fact]
    public async Task ApplyingAllMigrations_ToAFreshDatabase_LeavesNonePending()
    {
        await using var db = await CreateFreshContextAsync();
        var all = db.Database.GetMigrations().ToList();

        await DatabaseSetup.MigrateAsync(db);

        Assert.NotEmpty(all);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }
}
