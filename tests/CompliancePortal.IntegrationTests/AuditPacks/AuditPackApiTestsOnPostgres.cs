using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditPacks;

[Collection(PostgresCollection.Name)]
public sealed class AuditPackApiTestsOnPostgres(JobRunningPostgresPortalHost host) : AuditPackApiTests(host), IClassFixture<JobRunningPostgresPortalHost>;
