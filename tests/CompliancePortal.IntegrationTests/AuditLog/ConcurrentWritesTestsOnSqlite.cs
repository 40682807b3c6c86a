using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditLog;

/// <summary>The embedded default runs one instance per SQLite file; its writers still race each other.</summary>
public sealed class ConcurrentWritesTestsOnSqlite : ConcurrentWritesTests
{
    protected override async Task<IReadOnlyList<PortalHost>> StartHostsAsync()
    {
        var host = new SqlitePortalHost();
        await host.InitializeAsync();
        return [host];
    }
}
