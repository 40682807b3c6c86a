using Xunit;

namespace CompliancePortal.Testing.Postgres;

/// <summary>One PostgreSQL server shared by a test collection (<c>ICollectionFixture&lt;PostgresFixture&gt;</c>); each test creates its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server =>
        _server ?? throw new InvalidOperationException("The PostgreSQL server is not started yet; xUnit starts it before the collection's first test.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
