using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Hosting;

public sealed class HardeningTestsOnSqlite(SqlitePortalHost host) : HardeningTests(host), IClassFixture<SqlitePortalHost>;
