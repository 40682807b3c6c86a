using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ApiTokens;

public sealed class ApiTokensTestsOnSqlite(SqlitePortalHost host) : ApiTokensTests(host), IClassFixture<SqlitePortalHost>;
