using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

public sealed class PromotionEvidenceApiTestsOnSqlite(SqlitePortalHost host) : PromotionEvidenceApiTests(host), IClassFixture<SqlitePortalHost>;
