using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditLog;

[Collection(PostgresCollection.Name)]
public sealed class AuditExportApiTestsOnPostgres(PostgresPortalHost host) : AuditExportApiTests(host), IClassFixture<PostgresPortalHost>;
