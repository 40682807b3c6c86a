using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

[Collection(PostgresCollection.Name)]
public sealed class OnnxPortalRunApiTestsOnPostgres(JobRunningPostgresPortalHost host) : OnnxPortalRunApiTests(host), IClassFixture<JobRunningPostgresPortalHost>;
