using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Siem;

public sealed class SiemDeliveryTestsOnSqlite(ClockedSqlitePortalHost host) : SiemDeliveryTests(host, host.Clock), IClassFixture<ClockedSqlitePortalHost>;
