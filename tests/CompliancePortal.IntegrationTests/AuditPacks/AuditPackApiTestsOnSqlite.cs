using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditPacks;

// Hangfire keeps process-wide state, so hosts that run jobs must not run side by side with the PostgreSQL ones.
[Collection(PostgresCollection.Name)]
public sealed class AuditPackApiTestsOnSqlite(ClockedJobRunningSqlitePortalHost host)
    : AuditPackApiTests(host), IClassFixture<ClockedJobRunningSqlitePortalHost>;
