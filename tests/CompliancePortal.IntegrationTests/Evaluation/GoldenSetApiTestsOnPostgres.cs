using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

[Collection(PostgresCollection.Name)]
public sealed class GoldenSetApiTestsOnPostgres(PostgresPortalHost host) : GoldenSetApiTests(host), IClassFixture<PostgresPortalHost>;
