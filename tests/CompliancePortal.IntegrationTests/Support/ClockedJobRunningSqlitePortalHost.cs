namespace CompliancePortal.IntegrationTests.Support;

/// <summary>A SQLite portal whose clock the tests move, with its Hangfire server running the jobs the portal enqueues.</summary>
public sealed class ClockedJobRunningSqlitePortalHost : ClockedSqlitePortalHost
{
    protected override bool RunsJobs => true;
}
