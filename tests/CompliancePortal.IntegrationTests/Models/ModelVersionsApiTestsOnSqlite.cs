using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Models;

public sealed class ModelVersionsApiTestsOnSqlite(SqlitePortalHost host) : ModelVersionsApiTests(host), IClassFixture<SqlitePortalHost>;
