using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

[Collection(PostgresCollection.Name)]
public sealed class AtomicPromotionTestsOnPostgres(FaultyPostgresPortalHost host)
    : AtomicPromotionTests(host, host.Faults), IClassFixture<FaultyPostgresPortalHost>;
