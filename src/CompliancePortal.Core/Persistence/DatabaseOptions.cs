using System.ComponentModel.DataAnnotations;

namespace CompliancePortal.Core.Persistence;

/// <summary>The <c>Database</c> settings section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQL Server and PostgreSQL; SQLite uses a file under <see cref="DataDirectory"/> unless set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the embedded default keeps its database, job store and generated files.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    public bool ApplyMigrationsAtStartup { get; set; } = true;

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }
        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:ConnectionString is required when Database:Provider is {Provider}.");
        }
        return $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "portal.db")}";
    }

    public static string MigrationsAssembly(DatabaseProvider provider) => $"CompliancePortal.Migrations.{provider}";
}
