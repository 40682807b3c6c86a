using CompliancePortal.Testing.Postgres;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>A PostgreSQL portal whose clock the tests move, with its Hangfire server running the jobs the portal enqueues.</summary>
public sealed class ClockedJobRunningPostgresPortalHost(PostgresFixture postgres) : ClockedPostgresPortalHost(postgres)
{
    protected override bool RunsJobs => true;
}
