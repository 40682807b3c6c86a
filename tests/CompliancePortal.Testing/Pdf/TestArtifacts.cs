namespace CompliancePortal.Testing.Pdf;

/// <summary>Files tests keep for a person to look at (a rendered page of a pack, a generated PDF): <c>tests/artifacts/</c>.</summary>
public static class TestArtifacts
{
    public static string PathFor(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CompliancePortal.sln")))
        {
            directory = directory.Parent;
        }
        var root = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "tests", "artifacts");
        Directory.CreateDirectory(root);
        return Path.Combine(root, fileName);
    }
}
