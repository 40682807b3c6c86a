using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

[Collection(PostgresCollection.Name)]
public sealed class OpenLineageApiTestsOnPostgres(PostgresPortalHost host) : OpenLineageApiTests(host), IClassFixture<PostgresPortalHost>;
