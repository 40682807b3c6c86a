using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.ApiTokens;

[Collection(PostgresCollection.Name)]
public sealed class ApiTokensTestsOnPostgres(PostgresPortalHost host) : ApiTokensTests(host), IClassFixture<PostgresPortalHost>;
