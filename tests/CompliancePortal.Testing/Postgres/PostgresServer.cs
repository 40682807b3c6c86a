using System.Collections.Concurrent;
using System.Text;
using Npgsql;

namespace CompliancePortal.Testing.Postgres;

/// <summary>
/// A real PostgreSQL server for tests. By default a private cluster is created in a temp folder from the binaries
/// under /usr/lib/postgresql/*/bin and removed on dispose; when <see cref="ExternalServerVariable"/> holds a connection
/// string, that server is used instead and left running. A missing server fails the tests with instructions, never skips them.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Environment variable naming an existing server (an admin connection string able to create databases).</summary>
    public const string ExternalServerVariable = "CP_TEST_POSTGRES";

    private const int MaxIdentifierLength = 63;

    private readonly LocalCluster? _cluster;
    private readonly ConcurrentBag<string> _databases = [];
    private int _disposed;

    private PostgresServer(string adminConnectionString, LocalCluster? cluster)
    {
        AdminConnectionString = adminConnectionString;
        _cluster = cluster;
    }

    /// <summary>Connects as a superuser to the server's <c>postgres</c> database (or to whatever the external connection string names).</summary>
    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalServerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            await CheckReachableAsync(external);
            return new PostgresServer(external, null);
        }
        var cluster = await LocalCluster.StartAsync();
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = cluster.Port,
            Username = "postgres",
            Database = "postgres",
            IncludeErrorDetail = true,
        };
        return new PostgresServer(admin.ConnectionString, cluster);
    }

    /// <summary>
    /// Creates a fresh, empty database and returns a connection string for it. <paramref name="name"/>, when given, is a
    /// readable prefix: a unique suffix is always added, so runs sharing an external server never collide.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var database = UniqueName(name);
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        _databases.Add(database);
        return ConnectionStringFor(database);
    }

    /// <summary>Stops and deletes a private cluster; on an external server, drops the databases this instance created.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        if (_cluster is not null)
        {
            await _cluster.StopAndDeleteAsync();
            return;
        }
        await DropCreatedDatabasesAsync();
    }

    private static async Task CheckReachableAsync(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{ExternalServerVariable} is set but is not a valid Npgsql connection string: {ex.Message}", ex);
        }
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The connection string may hold a password, so only where it points is repeated.
            throw new InvalidOperationException(
                $"{ExternalServerVariable} is set, but its server ({builder.Host}:{builder.Port}) could not be reached: {ex.Message}. " +
                "Start that server, fix the connection string, or unset the variable to let the tests start their own PostgreSQL.", ex);
        }
    }

    private static string UniqueName(string? name)
    {
        var prefix = new StringBuilder();
        foreach (var c in (name ?? "test").ToLowerInvariant())
        {
            prefix.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_');
        }
        var suffix = "_" + Guid.NewGuid().ToString("N")[..12];
        var head = prefix.Length == 0 ? "test" : prefix.ToString();
        return head[..Math.Min(head.Length, MaxIdentifierLength - suffix.Length)] + suffix;
    }

    private string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private async Task DropCreatedDatabasesAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        foreach (var database in _databases)
        {
            // Idle pooled connections would otherwise hold the database open.
            await using (var pooled = new NpgsqlConnection(ConnectionStringFor(database)))
            {
                NpgsqlConnection.ClearPool(pooled);
            }
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
