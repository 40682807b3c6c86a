using System.Text;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Lineage;

/// <summary>Portal keys (slugs) for things first seen by their external names, unique by a short hash of the full name.</summary>
public static class LineageKeys
{
    public static string For(string externalName) => For(externalName, externalName);

    /// <summary>A key readable from <paramref name="externalName"/>, unique by <paramref name="identity"/> (e.g. namespace and name).</summary>
    public static string For(string externalName, string identity)
    {
        var slug = new StringBuilder();
        foreach (var c in externalName.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var stem = slug.ToString().Trim('-');
        stem = stem.Length > 44 ? stem[^44..].Trim('-') : stem;
        if (stem.Length == 0 || !char.IsAsciiLetter(stem[0]))
        {
            stem = "d" + (stem.Length == 0 ? "" : "-" + stem);
        }
        return $"{stem}-{Hashes.Sha256Hex(identity)[..8]}";
    }
}
