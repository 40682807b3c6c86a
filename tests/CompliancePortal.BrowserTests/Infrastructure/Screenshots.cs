namespace CompliancePortal.BrowserTests.Infrastructure;

/// <summary>
/// Where journeys save their screenshots: under tests/artifacts (ignored by git) on every run, so a test run leaves
/// the working tree clean; into assets/screenshots, the images the docs show, only when UPDATE_SCREENSHOTS=1.
/// </summary>
public static class Screenshots
{
    public static string PathFor(string name)
    {
        var updateDocs = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";
        var folder = updateDocs
            ? Path.Combine(PageExtensions.RepositoryRoot(), "assets", "screenshots")
            : Path.Combine(PageExtensions.RepositoryRoot(), "tests", "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
