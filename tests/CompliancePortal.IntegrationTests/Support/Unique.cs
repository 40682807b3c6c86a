namespace CompliancePortal.IntegrationTests.Support;

/// <summary>Keys no other test uses, so tests can share one portal without seeing each other's data.</summary>
public static class Unique
{
    /// <summary>A valid slug such as <c>model-3f2a9c1b7e4d</c>.</summary>
    public static string Key(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A word that appears nowhere else, for searching.</summary>
    public static string Word() => "w" + Guid.NewGuid().ToString("N")[..12];
}
