using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

[Collection(PostgresCollection.Name)]
public sealed class CalendarFeedTestsOnPostgres(ClockedPostgresPortalHost host)
    : CalendarFeedTests(host, host.Clock), IClassFixture<ClockedPostgresPortalHost>;
