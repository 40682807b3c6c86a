using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

public sealed class OnnxPortalRunApiTestsOnSqlite(JobRunningSqlitePortalHost host) : OnnxPortalRunApiTests(host), IClassFixture<JobRunningSqlitePortalHost>;
