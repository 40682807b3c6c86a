using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

public sealed class OpenLineageApiTestsOnSqlite(SqlitePortalHost host) : OpenLineageApiTests(host), IClassFixture<SqlitePortalHost>;
