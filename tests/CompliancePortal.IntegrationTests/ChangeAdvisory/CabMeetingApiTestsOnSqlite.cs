using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

public sealed class CabMeetingApiTestsOnSqlite(ClockedSqlitePortalHost host) : CabMeetingApiTests(host, host.Clock), IClassFixture<ClockedSqlitePortalHost>;
