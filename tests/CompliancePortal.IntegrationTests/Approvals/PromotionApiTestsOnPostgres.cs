using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

[Collection(PostgresCollection.Name)]
public sealed class PromotionApiTestsOnPostgres(PostgresPortalHost host) : PromotionApiTests(host), IClassFixture<PostgresPortalHost>;
