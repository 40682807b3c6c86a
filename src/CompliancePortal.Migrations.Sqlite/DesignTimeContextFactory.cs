using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CompliancePortal.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider without a running app or a live database.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.OptionsFor(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
