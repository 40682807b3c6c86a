using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditPacks;

[Collection(PostgresCollection.Name)]
public sealed class AuditPackChapterTestsOnPostgres(ClockedJobRunningPostgresPortalHost host)
    : AuditPackChapterTests(host, host.Clock), IClassFixture<ClockedJobRunningPostgresPortalHost>;
