using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

public sealed class RevalidationSchedulingTestsOnSqlite(ClockedSqlitePortalHost host)
    : RevalidationSchedulingTests(host, host.Clock), IClassFixture<ClockedSqlitePortalHost>;
