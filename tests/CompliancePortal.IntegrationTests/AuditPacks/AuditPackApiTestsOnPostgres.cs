using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditPacks;

[Collection(PostgresCollection.Name)]
public sealed class AuditPackApiTestsOnPostgres(ClockedJobRunningPostgresPortalHost host)
    : AuditPackApiTests(host), IClassFixture<ClockedJobRunningPostgresPortalHost>;
