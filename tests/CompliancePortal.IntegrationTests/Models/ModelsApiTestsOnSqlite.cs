using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Models;

public sealed class ModelsApiTestsOnSqlite(SqlitePortalHost host) : ModelsApiTests(host), IClassFixture<SqlitePortalHost>;
