using System.Data.Common;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Postgres;

namespace CompliancePortal.IntegrationTests.AuditLog;

[Collection(PostgresCollection.Name)]
public sealed class AuditChainTestsOnPostgres(PostgresPortalHost host, PostgresFixture postgres) : AuditChainTests(host), IClassFixture<PostgresPortalHost>
{
    protected override PortalHost NewHost() => new PostgresPortalHost(postgres);

    // Row triggers do not see TRUNCATE; PostgreSQL needs (and has) a statement trigger for it.
    [Fact]
    public async Task TruncatingTheAuditLog_IsRefusedByTheDatabase()
    {
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => host.ExecuteSqlAsync("TRUNCATE \"AuditEvents\";"));

        Assert.Contains("append-only", refused.Message);
        Assert.Equal(before, await audit.CountAsync());
    }
}
