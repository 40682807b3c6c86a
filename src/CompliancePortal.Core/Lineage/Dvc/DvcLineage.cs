namespace CompliancePortal.Core.Lineage.Dvc;

public static class DvcLineage
{
    /// <summary>The producer the portal names for lineage it read from a <c>dvc.lock</c> file.</summary>
    public const string Producer = "https://dvc.org/doc/user-guide/project-structure/dvc-files#dvclock-file";
}
