using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

public sealed class PromotionSigningTestsOnSqlite(SqlitePortalHost host) : PromotionSigningTests(host), IClassFixture<SqlitePortalHost>;
