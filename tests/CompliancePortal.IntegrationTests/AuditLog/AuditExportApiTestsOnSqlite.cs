using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditLog;

public sealed class AuditExportApiTestsOnSqlite(SqlitePortalHost host) : AuditExportApiTests(host), IClassFixture<SqlitePortalHost>;
