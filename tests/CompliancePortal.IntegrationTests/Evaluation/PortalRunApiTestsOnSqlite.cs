using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

public sealed class PortalRunApiTestsOnSqlite(JobRunningSqlitePortalHost host) : PortalRunApiTests(host), IClassFixture<JobRunningSqlitePortalHost>;
