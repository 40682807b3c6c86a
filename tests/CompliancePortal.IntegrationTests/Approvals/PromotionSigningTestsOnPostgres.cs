using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

[Collection(PostgresCollection.Name)]
public sealed class PromotionSigningTestsOnPostgres(PostgresPortalHost host) : PromotionSigningTests(host), IClassFixture<PostgresPortalHost>;
