using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

public sealed class DvcImportApiTestsOnSqlite(SqlitePortalHost host) : DvcImportApiTests(host), IClassFixture<SqlitePortalHost>;
