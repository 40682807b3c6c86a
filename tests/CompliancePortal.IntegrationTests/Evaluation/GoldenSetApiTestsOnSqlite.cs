using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

public sealed class GoldenSetApiTestsOnSqlite(SqlitePortalHost host) : GoldenSetApiTests(host), IClassFixture<SqlitePortalHost>;
