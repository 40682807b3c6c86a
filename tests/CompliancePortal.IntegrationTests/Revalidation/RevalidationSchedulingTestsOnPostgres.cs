using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

[Collection(PostgresCollection.Name)]
public sealed class RevalidationSchedulingTestsOnPostgres(ClockedPostgresPortalHost host)
    : RevalidationSchedulingTests(host, host.Clock), IClassFixture<ClockedPostgresPortalHost>;
