namespace CompliancePortal.Core.Common;

public static class Uris
{
    /// <summary>
    /// An absolute URI written with its scheme. .NET on Linux reads a bare path such as <c>/models/x.onnx</c> as a
    /// file URI, which would make what is accepted depend on the server's operating system.
    /// </summary>
    public static bool IsAbsolute(string? value, int maxLength = 2000)
    {
        var v = value?.Trim() ?? "";
        return v.Length > 0 && v.Length <= maxLength && Uri.TryCreate(v, UriKind.Absolute, out var uri) && !uri.IsUnc
            && v.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);
    }
}
