using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

[Collection(PostgresCollection.Name)]
public sealed class PostedEvaluationApiTestsOnPostgres(PostgresPortalHost host) : PostedEvaluationApiTests(host), IClassFixture<PostgresPortalHost>;
