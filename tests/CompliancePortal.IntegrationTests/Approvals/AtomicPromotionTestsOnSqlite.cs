using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

public sealed class AtomicPromotionTestsOnSqlite(FaultySqlitePortalHost host)
    : AtomicPromotionTests(host, host.Faults), IClassFixture<FaultySqlitePortalHost>;
