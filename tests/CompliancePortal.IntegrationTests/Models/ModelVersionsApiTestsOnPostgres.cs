using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Models;

[Collection(PostgresCollection.Name)]
public sealed class ModelVersionsApiTestsOnPostgres(PostgresPortalHost host) : ModelVersionsApiTests(host), IClassFixture<PostgresPortalHost>;
