using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Lineage;

/// <summary>Namespaced names (which can be long URIs) as fixed-length keys that every database can index uniquely.</summary>
public static class LineageIdentity
{
    public static string Of(string ns, string name) => Hashes.Sha256Hex(ns + "\n" + name);

    /// <summary>The URI a dataset is reachable at, following the OpenLineage naming convention (namespace + name).</summary>
    public static string DatasetUri(string ns, string name) =>
        ns.Contains("://", StringComparison.Ordinal) ? $"{ns.TrimEnd('/')}/{name.TrimStart('/')}" : $"{ns}:{name}";
}
