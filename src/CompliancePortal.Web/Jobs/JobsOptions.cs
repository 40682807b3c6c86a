namespace CompliancePortal.Web.Jobs;

/// <summary>The <c>Jobs</c> settings section. Job storage follows <c>Database:Provider</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this instance; storage and the dashboard are there either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Job storage connection for SQL Server / PostgreSQL when it differs from the portal database.</summary>
    public string? ConnectionString { get; set; }

    public int WorkerCount { get; set; } = 2;
}
