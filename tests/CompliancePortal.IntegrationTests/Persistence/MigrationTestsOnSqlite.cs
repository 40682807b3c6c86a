using CompliancePortal.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace CompliancePortal.IntegrationTests.Persistence;

public sealed class MigrationTestsOnSqlite : MigrationTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cp-migrations-").FullName;

    protected override Task<PortalDbContext> CreateFreshContextAsync()
    {
        var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "portal.db"), Pooling = false };
        return Task.FromResult(new PortalDbContext(DatabaseSetup.OptionsFor(DatabaseProvider.Sqlite, file.ToString())));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
