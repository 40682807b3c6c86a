using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Lineage;

[Collection(PostgresCollection.Name)]
public sealed class DvcImportApiTestsOnPostgres(PostgresPortalHost host) : DvcImportApiTests(host), IClassFixture<PostgresPortalHost>;
