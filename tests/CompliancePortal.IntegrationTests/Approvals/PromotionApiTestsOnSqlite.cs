using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

public sealed class PromotionApiTestsOnSqlite(SqlitePortalHost host) : PromotionApiTests(host), IClassFixture<SqlitePortalHost>;
