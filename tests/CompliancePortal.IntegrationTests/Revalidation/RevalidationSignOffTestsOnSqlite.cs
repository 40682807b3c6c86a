using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

public sealed class RevalidationSignOffTestsOnSqlite(ClockedSqlitePortalHost host)
    : RevalidationSignOffTests(host, host.Clock), IClassFixture<ClockedSqlitePortalHost>;
