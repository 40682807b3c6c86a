using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

public sealed class CabReviewApiTestsOnSqlite(ClockedSqlitePortalHost host) : CabReviewApiTests(host, host.Clock), IClassFixture<ClockedSqlitePortalHost>;
