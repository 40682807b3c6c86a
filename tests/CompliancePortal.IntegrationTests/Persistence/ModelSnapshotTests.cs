using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.IntegrationTests.Persistence;

/// <summary>Each provider has its own migrations; a model change must come with a migration for every one of them.</summary>
public sealed class ModelSnapshotTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SqlServer")]
    [InlineData("PostgreSql")]
    public void Provider_HasAMigrationForEveryModelChange(string provider)
    {
        using var db = DesignTimeContext(provider);

        var pending = db.Database.HasPendingModelChanges();

        Assert.False(pending, $"The EF model has changes with no {provider} migration; add the migration to every provider at once.");
    }

    private static PortalDbContext DesignTimeContext(string provider) => provider switch
    {
        "Sqlite" => new CompliancePortal.Migrations.Sqlite.DesignTimeContextFactory().CreateDbContext([]),
        "SqlServer" => new CompliancePortal.Migrations.SqlServer.DesignTimeContextFactory().CreateDbContext([]),
        "PostgreSql" => new CompliancePortal.Migrations.PostgreSql.DesignTimeContextFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a database provider of the portal."),
    };
}
