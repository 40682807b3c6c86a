using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Siem;

[Collection(PostgresCollection.Name)]
public sealed class SiemDeliveryTestsOnPostgres(ClockedPostgresPortalHost host) : SiemDeliveryTests(host, host.Clock), IClassFixture<ClockedPostgresPortalHost>;
