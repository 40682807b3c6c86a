using CompliancePortal.Testing.Postgres;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>
/// A PostgreSQL portal with its Hangfire server running, for tests of background jobs; Hangfire keeps its queue in
/// the same test database (Hangfire.PostgreSql), as it would in production.
/// </summary>
public sealed class JobRunningPostgresPortalHost(PostgresFixture postgres) : PostgresPortalHost(postgres)
{
    protected override bool RunsJobs => true;
}
