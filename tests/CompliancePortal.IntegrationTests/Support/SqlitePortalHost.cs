using CompliancePortal.Testing.Portal;
using Microsoft.Data.Sqlite;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>The embedded default: a portal on its own SQLite file in a fresh data folder.</summary>
public class SqlitePortalHost : PortalHost
{
    public string DatabaseFile => Path.Combine(Factory.DataDirectory, "portal.db");

    public override async Task<int> ExecuteSqlAsync(string sql)
    {
        // ReadWrite, not ReadWriteCreate: a wrong path must fail rather than quietly tamper with a new empty file.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var connection = new SqliteConnection(connectionString.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public override Task BypassAppendOnlyTriggersAsync() => ExecuteSqlAsync("DROP TRIGGER AuditEvents_NoUpdate;");

    protected override Task<PortalSettings> CreateSettingsAsync() => Task.FromResult(PortalSettings.Sqlite());
}
