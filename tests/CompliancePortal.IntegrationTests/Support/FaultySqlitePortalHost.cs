using CompliancePortal.Core.Approvals;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>A SQLite portal whose promotions fail after a step the test chooses.</summary>
public sealed class FaultySqlitePortalHost : SqlitePortalHost
{
    public FaultyPromotionObserver Faults { get; } = new();

    protected override async Task<PortalSettings> CreateSettingsAsync() =>
        (await base.CreateSettingsAsync()) with { Services = s => s.AddSingleton<IPromotionObserver>(Faults) };
}
