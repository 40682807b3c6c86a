using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Postgres;

namespace CompliancePortal.IntegrationTests.AuditLog;

/// <summary>Two app instances on one PostgreSQL database, the second started (and seeding, idempotently) after the first.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrentWritesTestsOnPostgres(PostgresFixture postgres) : ConcurrentWritesTests
{
    protected override async Task<IReadOnlyList<PortalHost>> StartHostsAsync()
    {
        var first = new PostgresPortalHost(postgres);
        await first.InitializeAsync();
        var second = PostgresPortalHost.OnSameDatabaseAs(first, postgres);
        await second.InitializeAsync();
        return [first, second];
    }
}
