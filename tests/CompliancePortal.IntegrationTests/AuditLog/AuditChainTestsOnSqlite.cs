using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditLog;

public sealed class AuditChainTestsOnSqlite(SqlitePortalHost host) : AuditChainTests(host), IClassFixture<SqlitePortalHost>
{
    protected override PortalHost NewHost() => new SqlitePortalHost();
}
