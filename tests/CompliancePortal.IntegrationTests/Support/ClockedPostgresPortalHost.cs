using CompliancePortal.Testing.Portal;
using CompliancePortal.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>A PostgreSQL portal whose clock the tests move; API tokens expire by it, so mint clients after moving it.</summary>
public class ClockedPostgresPortalHost(PostgresFixture postgres) : PostgresPortalHost(postgres)
{
    public FakeTimeProvider Clock { get; } = FakeClock.StartingNow();

    protected override async Task<PortalSettings> CreateSettingsAsync() =>
        (await base.CreateSettingsAsync()) with { Services = s => s.AddSingleton<TimeProvider>(Clock) };
}
