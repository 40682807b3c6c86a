using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

[Collection(PostgresCollection.Name)]
public sealed class ScheduledEvaluationTestsOnPostgres(ClockedJobRunningPostgresPortalHost host)
    : ScheduledEvaluationTests(host, host.Clock), IClassFixture<ClockedJobRunningPostgresPortalHost>;
