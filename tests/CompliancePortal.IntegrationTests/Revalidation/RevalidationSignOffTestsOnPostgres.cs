using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Revalidation;

[Collection(PostgresCollection.Name)]
public sealed class RevalidationSignOffTestsOnPostgres(ClockedPostgresPortalHost host)
    : RevalidationSignOffTests(host, host.Clock), IClassFixture<ClockedPostgresPortalHost>;
