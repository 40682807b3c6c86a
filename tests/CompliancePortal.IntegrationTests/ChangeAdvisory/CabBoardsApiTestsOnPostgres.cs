using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

[Collection(PostgresCollection.Name)]
public sealed class CabBoardsApiTestsOnPostgres(PostgresPortalHost host) : CabBoardsApiTests(host), IClassFixture<PostgresPortalHost>;
