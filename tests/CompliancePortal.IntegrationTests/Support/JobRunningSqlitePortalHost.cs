namespace CompliancePortal.IntegrationTests.Support;

/// <summary>A SQLite portal with its Hangfire server running, for tests of background jobs.</summary>
public sealed class JobRunningSqlitePortalHost : SqlitePortalHost
{
    protected override bool RunsJobs => true;
}
