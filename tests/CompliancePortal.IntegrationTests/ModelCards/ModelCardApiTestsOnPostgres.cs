using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ModelCards;

[Collection(PostgresCollection.Name)]
public sealed class ModelCardApiTestsOnPostgres(PostgresPortalHost host) : ModelCardApiTests(host), IClassFixture<PostgresPortalHost>;
