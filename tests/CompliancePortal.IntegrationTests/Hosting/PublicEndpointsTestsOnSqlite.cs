using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Hosting;

public sealed class PublicEndpointsTestsOnSqlite(SqlitePortalHost host) : PublicEndpointsTests(host), IClassFixture<SqlitePortalHost>;
