using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

public sealed class LineageApiTestsOnSqlite(SqlitePortalHost host) : LineageApiTests(host), IClassFixture<SqlitePortalHost>;
