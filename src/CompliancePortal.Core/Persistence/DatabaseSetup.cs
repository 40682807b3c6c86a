using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Persistence;

/// <summary>Points a context at the configured provider and its own migrations assembly.</summary>
public static class DatabaseSetup
{
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        var migrations = DatabaseOptions.MigrationsAssembly(provider);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider must be Sqlite, SqlServer or PostgreSql."),
        };
    }

    public static DbContextOptions<PortalDbContext> OptionsFor(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalDatabase(provider, connectionString);
        return builder.Options;
    }

    /// <summary>Applies pending migrations; on SQLite also switches to WAL so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(PortalDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
