using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Hosting;

[Collection(PostgresCollection.Name)]
public sealed class PublicEndpointsTestsOnPostgres(PostgresPortalHost host) : PublicEndpointsTests(host), IClassFixture<PostgresPortalHost>;
