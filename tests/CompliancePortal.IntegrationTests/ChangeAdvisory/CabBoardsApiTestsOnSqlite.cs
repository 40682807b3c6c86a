using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

public sealed class CabBoardsApiTestsOnSqlite(SqlitePortalHost host) : CabBoardsApiTests(host), IClassFixture<SqlitePortalHost>;
