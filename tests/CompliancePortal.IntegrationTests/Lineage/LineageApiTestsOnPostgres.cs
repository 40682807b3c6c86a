using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

[Collection(PostgresCollection.Name)]
public sealed class LineageApiTestsOnPostgres(PostgresPortalHost host) : LineageApiTests(host), IClassFixture<PostgresPortalHost>;
