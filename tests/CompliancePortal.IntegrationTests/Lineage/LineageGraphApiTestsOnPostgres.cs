using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

[Collection(PostgresCollection.Name)]
public sealed class LineageGraphApiTestsOnPostgres(PostgresPortalHost host) : LineageGraphApiTests(host), IClassFixture<PostgresPortalHost>;
