namespace CompliancePortal.Core.Demo;

/// <summary>
/// A demo model version. An <see cref="ArtifactUri"/> without a scheme names a file beside the demo data file: the version
/// then pins that file's real SHA-256, so the portal can evaluate it.
/// </summary>
public sealed record DemoVersion(string Model, string Label, string ChangeClass, string ArtifactUri, string CodeRepository,
    IReadOnlyList<string> Datasets, string RegisteredBy, int DaysAgo, string? Notes);
