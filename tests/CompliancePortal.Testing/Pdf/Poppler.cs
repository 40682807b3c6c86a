using System.ComponentModel;
using System.Diagnostics;

namespace CompliancePortal.Testing.Pdf;

/// <summary>The poppler command-line tools (package poppler-utils): standard, independent checks of generated PDFs.</summary>
public static class Poppler
{
    /// <summary>What <c>pdfsig</c> says about the file's signatures.</summary>
    public static Task<string> SignatureReportAsync(string pdfPath) => RunAsync("pdfsig", [pdfPath]);

    /// <summary>Renders one page to <paramref name="pngPath"/> at 110 dpi.</summary>
    public static async Task RenderPageAsync(string pdfPath, int page, string pngPath)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pngPath)!, Path.GetFileNameWithoutExtension(pngPath));
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await RunAsync("pdftoppm", ["-png", "-r", "110", "-f", p, "-l", p, "-singlefile", pdfPath, prefix]);
    }

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo { FileName = program, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["LC_ALL"] = "C";
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not run '{program}': install poppler-utils (apt-get install -y poppler-utils).", ex);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        // pdfsig exits non-zero for an invalid signature; the report is what the tests read.
        return (await stdout + await stderr).Trim();
    }
}
