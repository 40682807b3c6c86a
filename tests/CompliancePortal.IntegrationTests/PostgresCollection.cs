using CompliancePortal.Testing.Postgres;

namespace CompliancePortal.IntegrationTests;

/// <summary>The test classes that share one real PostgreSQL server; each creates its own databases on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
