using System.ComponentModel;
using System.Diagnostics;

namespace CompliancePortal.Testing.Postgres;

/// <summary>Runs the PostgreSQL tools, as the <c>postgres</c> user when asked to, because initdb and pg_ctl refuse root.</summary>
internal static class CommandLine
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory,
        bool asPostgresUser = false)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgresUser ? "runuser" : program,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        // English messages, whatever the machine's locale, so failures read the same everywhere.
        start.Environment["LC_ALL"] = "C";

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"Could not run '{start.FileName}' ({ex.Message}). " +
                (asPostgresUser
                    ? "Running as root, the PostgreSQL tools are run through runuser (package util-linux) as the postgres user."
                    : "Install PostgreSQL with `apt-get install -y postgresql`."), ex);
        }
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return new CommandResult(process.ExitCode, (await stdout + await stderr).Trim());
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(
                $"'{program} {string.Join(' ', arguments)}' did not finish within {Timeout.TotalSeconds:0} seconds and was killed.");
        }
    }
}
