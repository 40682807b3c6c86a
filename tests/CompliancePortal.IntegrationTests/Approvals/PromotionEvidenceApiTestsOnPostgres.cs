using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Approvals;

[Collection(PostgresCollection.Name)]
public sealed class PromotionEvidenceApiTestsOnPostgres(PostgresPortalHost host) : PromotionEvidenceApiTests(host), IClassFixture<PostgresPortalHost>;
