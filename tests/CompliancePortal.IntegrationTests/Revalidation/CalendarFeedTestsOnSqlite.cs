using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

// The revalidation job enqueues evaluations through a Hangfire client, which reads Hangfire's process-wide log
// provider (set by whichever host configured Hangfire last): hosts doing so must not run beside other hosts.
[Collection(PostgresCollection.Name)]
public sealed class CalendarFeedTestsOnSqlite(ClockedSqlitePortalHost host)
    : CalendarFeedTests(host, host.Clock), IClassFixture<ClockedSqlitePortalHost>;
