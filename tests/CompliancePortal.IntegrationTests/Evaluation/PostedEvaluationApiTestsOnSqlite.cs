using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

public sealed class PostedEvaluationApiTestsOnSqlite(SqlitePortalHost host) : PostedEvaluationApiTests(host), IClassFixture<SqlitePortalHost>;
