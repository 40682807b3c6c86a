using System.Net;
using System.Net.Sockets;

namespace CompliancePortal.Testing.Postgres;

/// <summary>A throwaway PostgreSQL cluster in its own temp folder: created, started, stopped and deleted by the tests.</summary>
internal sealed class LocalCluster
{
    public const string InstallHint =
        "Install the PostgreSQL server with `apt-get install -y postgresql` (the client package alone has no initdb), " +
        "or set CP_TEST_POSTGRES to the connection string of an existing server.";

    private const string InstallRoot = "/usr/lib/postgresql";
    private const int StartAttempts = 3;
    private const int LogTailLines = 40;

    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgresUser;

    private LocalCluster(string bin, string root, bool asPostgresUser)
    {
        _bin = bin;
        _root = root;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_root, "data");

    private string SocketDirectory => Path.Combine(_root, "socket");

    private string LogFile => Path.Combine(_root, "server.log");

    public static async Task<LocalCluster> StartAsync()
    {
        var bin = FindBinaries();
        var cluster = new LocalCluster(bin, Directory.CreateTempSubdirectory("cp-pg-").FullName, Environment.IsPrivilegedProcess);
        try
        {
            await cluster.InitializeAsync();
            await cluster.StartServerAsync();
            return cluster;
        }
        catch
        {
            await cluster.DestroyAfterFailureAsync();
            throw;
        }
    }

    public async Task StopAndDeleteAsync()
    {
        var stop = await PgCtlAsync("-D", DataDirectory, "-m", "fast", "-w", "stop");
        var log = stop.Succeeded ? "" : LogTail();
        DeleteFolder();
        if (!stop.Succeeded)
        {
            throw new InvalidOperationException(
                $"pg_ctl could not stop the test server on port {Port} (exit code {stop.ExitCode}): {stop.Output}{log}");
        }
    }

    private static string FindBinaries()
    {
        var found = Directory.Exists(InstallRoot)
            ? Directory.GetDirectories(InstallRoot)
                .Select(d => (Bin: Path.Combine(d, "bin"), Version: ParseVersion(Path.GetFileName(d))))
                .Where(c => c.Version is not null
                    && File.Exists(Path.Combine(c.Bin, "initdb"))
                    && File.Exists(Path.Combine(c.Bin, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Bin)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"The tests need a real PostgreSQL server, but no PostgreSQL server binaries (initdb and pg_ctl) were found under " +
            $"{InstallRoot}/<version>/bin. {InstallHint}");
    }

    // Directory names are major versions ("15", or "9.6" for old ones); Version needs a minor part to parse.
    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.') ? name : name + ".0", out var v) ? v : null;

    private async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(SocketDirectory);
        if (_asPostgresUser)
        {
            var chown = await CommandLine.RunAsync("chown", ["-R", "postgres", _root], _root);
            if (!chown.Succeeded)
            {
                throw new InvalidOperationException(
                    "Running as root, the test server must run as the 'postgres' user (initdb and pg_ctl refuse root), but giving " +
                    $"it the folder {_root} failed: {chown.Output}. The user is created by `apt-get install -y postgresql`.");
            }
        }
        var initdb = await CommandLine.RunAsync(Path.Combine(_bin, "initdb"),
            ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], _root, _asPostgresUser);
        if (!initdb.Succeeded)
        {
            throw new InvalidOperationException(
                $"initdb ({_bin}) failed with exit code {initdb.ExitCode}, so no test server could be created:\n{initdb.Output}");
        }
    }

    private async Task StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            // Many app hosts share this one server in a test run, each with its own connection pool and (when it runs
            // jobs) Hangfire's connections; the default of 100 connections runs out.
            var options = $"-p {Port} -k \"{SocketDirectory}\" -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=1000";
            var start = await PgCtlAsync("-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", "60", "start");
            if (start.Succeeded)
            {
                return;
            }
            var log = LogTail();
            // The port was free when chosen but another process may have taken it since; only that is worth a retry.
            if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.Ordinal))
            {
                continue;
            }
            throw new InvalidOperationException(
                $"PostgreSQL ({_bin}) did not start on port {Port}: pg_ctl exit code {start.ExitCode}.\n{start.Output}{log}");
        }
    }

    private Task<CommandResult> PgCtlAsync(params string[] arguments) =>
        CommandLine.RunAsync(Path.Combine(_bin, "pg_ctl"), arguments, _root, _asPostgresUser);

    private async Task DestroyAfterFailureAsync()
    {
        // A start that timed out can leave a server running; it must not outlive the folder it runs from.
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await PgCtlAsync("-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        DeleteFolder();
    }

    private string LogTail()
    {
        if (!File.Exists(LogFile))
        {
            return $"\n(no server log was written at {LogFile})";
        }
        var lines = File.ReadAllLines(LogFile);
        return $"\nServer log, last {Math.Min(lines.Length, LogTailLines)} lines of {LogFile}:\n"
            + string.Join('\n', lines.TakeLast(LogTailLines));
    }

    private void DeleteFolder()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
