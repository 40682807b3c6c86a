using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Models;

[Collection(PostgresCollection.Name)]
public sealed class ModelsApiTestsOnPostgres(PostgresPortalHost host) : ModelsApiTests(host), IClassFixture<PostgresPortalHost>;
