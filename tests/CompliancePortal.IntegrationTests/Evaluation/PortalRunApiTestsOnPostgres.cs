using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

[Collection(PostgresCollection.Name)]
public sealed class PortalRunApiTestsOnPostgres(JobRunningPostgresPortalHost host) : PortalRunApiTests(host), IClassFixture<JobRunningPostgresPortalHost>;
