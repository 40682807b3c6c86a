using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Hosting;

[Collection(PostgresCollection.Name)]
public sealed class HardeningTestsOnPostgres(PostgresPortalHost host) : HardeningTests(host), IClassFixture<PostgresPortalHost>;
