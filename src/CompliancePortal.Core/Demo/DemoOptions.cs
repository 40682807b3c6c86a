namespace CompliancePortal.Core.Demo;

/// <summary>The <c>Demo</c> settings section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo data into an empty database at start-up.</summary>
    public bool Seed { get; set; }

    /// <summary>Relative to the application's base directory unless rooted.</summary>
    public string DataFile { get; set; } = "assets/demo/demo-data.json";

    public string ResolveDataFile() =>
        Path.IsPathRooted(DataFile) ? DataFile : Path.Combine(AppContext.BaseDirectory, DataFile);
}
