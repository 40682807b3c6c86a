using CompliancePortal.Core.Persistence;
using CompliancePortal.Testing.Postgres;

namespace CompliancePortal.IntegrationTests.Persistence;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTestsOnPostgres(PostgresFixture postgres) : MigrationTests
{
    protected override async Task<PortalDbContext> CreateFreshContextAsync() =>
        new(DatabaseSetup.OptionsFor(DatabaseProvider.PostgreSql, await postgres.Server.CreateDatabaseAsync("migrations")));
}
