using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

[Collection(PostgresCollection.Name)]
public sealed class CabReviewApiTestsOnPostgres(ClockedPostgresPortalHost host) : CabReviewApiTests(host, host.Clock), IClassFixture<ClockedPostgresPortalHost>;
