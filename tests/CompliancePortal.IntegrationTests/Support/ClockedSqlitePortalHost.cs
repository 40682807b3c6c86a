using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>A SQLite portal whose clock the tests move; API tokens expire by it, so mint clients after moving it.</summary>
public class ClockedSqlitePortalHost : SqlitePortalHost
{
    public FakeTimeProvider Clock { get; } = FakeClock.StartingNow();

    protected override async Task<PortalSettings> CreateSettingsAsync() =>
        (await base.CreateSettingsAsync()) with { Services = s => s.AddSingleton<TimeProvider>(Clock) };
}
