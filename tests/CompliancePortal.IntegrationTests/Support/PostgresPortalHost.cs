using CompliancePortal.Testing.Portal;
using CompliancePortal.Testing.Postgres;
using Npgsql;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>A portal on a fresh database of the collection's PostgreSQL server, or on the database of another host.</summary>
public class PostgresPortalHost(PostgresFixture postgres) : PortalHost
{
    private string? _sharedConnectionString;

    /// <summary>A second app instance on the same database as <paramref name="first"/>, as in a scaled-out deployment.</summary>
    public static PostgresPortalHost OnSameDatabaseAs(PostgresPortalHost first, PostgresFixture postgres) =>
        new(postgres) { _sharedConnectionString = first.Settings.ConnectionString };

    public override async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    public override Task BypassAppendOnlyTriggersAsync() => ExecuteSqlAsync("ALTER TABLE \"AuditEvents\" DISABLE TRIGGER USER;");

    protected override async Task<PortalSettings> CreateSettingsAsync() =>
        PortalSettings.Postgres(_sharedConnectionString ?? await postgres.Server.CreateDatabaseAsync("portal"));
}
