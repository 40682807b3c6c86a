using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

public sealed class CalendarFeedTestsOnSqlite(ClockedSqlitePortalHost host)
    : CalendarFeedTests(host, host.Clock), IClassFixture<ClockedSqlitePortalHost>;
