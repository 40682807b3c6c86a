using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

// Hangfire keeps process-wide state, so hosts that run jobs must not run side by side with the PostgreSQL ones.
[Collection(PostgresCollection.Name)]
public sealed class ScheduledEvaluationTestsOnSqlite(ClockedJobRunningSqlitePortalHost host)
    : ScheduledEvaluationTests(host, host.Clock), IClassFixture<ClockedJobRunningSqlitePortalHost>;
