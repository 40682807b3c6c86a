using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

[Collection(PostgresCollection.Name)]
public sealed class CabMeetingApiTestsOnPostgres(ClockedPostgresPortalHost host) : CabMeetingApiTests(host, host.Clock), IClassFixture<ClockedPostgresPortalHost>;
