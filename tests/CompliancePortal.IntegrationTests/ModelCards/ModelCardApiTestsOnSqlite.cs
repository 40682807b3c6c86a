using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ModelCards;

public sealed class ModelCardApiTestsOnSqlite(SqlitePortalHost host) : ModelCardApiTests(host), IClassFixture<SqlitePortalHost>;
