using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Testing.Portal;

/// <summary>How a test wants the real portal configured: which database, which sign-in, which environment.</summary>
public sealed record PortalSettings
{
    public string Provider { get; init; } = "Sqlite";

    /// <summary>For PostgreSQL (and SQL Server); SQLite uses a fresh temporary data folder.</summary>
    public string? ConnectionString { get; init; }

    public string AuthenticationMode { get; init; } = "Development";

    public string Environment { get; init; } = "Development";

    public bool SeedDemoData { get; init; } = true;

    public bool RunJobs { get; init; } = true;

    /// <summary>Listen on a real loopback port (for browsers) instead of the in-memory test server.</summary>
    public bool UseKestrel { get; init; }

    public IReadOnlyDictionary<string, string?> Extra { get; init; } = new Dictionary<string, string?>();

    /// <summary>Replaces the portal's own services after it registered them, e.g. a fake <see cref="TimeProvider"/>.</summary>
    public Action<IServiceCollection>? Services { get; init; }

    public static PortalSettings Sqlite() => new();

    public static PortalSettings Postgres(string connectionString) => new() { Provider = "PostgreSql", ConnectionString = connectionString };
}
