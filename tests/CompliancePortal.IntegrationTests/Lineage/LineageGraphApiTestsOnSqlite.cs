using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

public sealed class LineageGraphApiTestsOnSqlite(SqlitePortalHost host) : LineageGraphApiTests(host), IClassFixture<SqlitePortalHost>;
