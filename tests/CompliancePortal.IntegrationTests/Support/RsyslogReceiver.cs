using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>
/// A real rsyslog (Debian package rsyslog) listening on loopback TCP and UDP ports, writing each message's structured
/// data and text to a file the test reads. It can be stopped and started again on the same ports.
/// </summary>
public sealed partial class RsyslogReceiver : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cp-rsyslog-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    private RsyslogReceiver()
    {
        Directory.CreateDirectory(_directory);
        TcpPort = FreePort(SocketType.Stream, ProtocolType.Tcp);
        UdpPort = FreePort(SocketType.Dgram, ProtocolType.Udp);
        File.WriteAllText(ConfigFile, $$"""
            global(workDirectory="{{_directory}}")
            module(load="imtcp")
            module(load="imudp")
            input(type="imtcp" port="{{TcpPort}}" address="127.0.0.1")
            input(type="imudp" port="{{UdpPort}}" address="127.0.0.1")
            template(name="cp" type="string" string="%structured-data%\t%msg%\n")
            action(type="omfile" file="{{ReceivedFile}}" template="cp")
            """);
    }

    public int TcpPort { get; }

    public int UdpPort { get; }

    private string ConfigFile => Path.Combine(_directory, "rsyslog.conf");

    private string ReceivedFile => Path.Combine(_directory, "received.log");

    public static async Task<RsyslogReceiver> StartAsync()
    {
        var receiver = new RsyslogReceiver();
        await receiver.StartAgainAsync();
        return receiver;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("rsyslogd") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-n", "-f", ConfigFile, "-i", Path.Combine(_directory, "rsyslogd.pid") })
        {
            start.ArgumentList.Add(a);
        }
        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("rsyslogd is not installed: apt-get install -y rsyslog", ex);
        }
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, TcpPort);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"rsyslogd did not start: {await _process.StandardError.ReadToEndAsync()}");
            }
        }
    }

    /// <summary>Stops rsyslog the way an operator would (SIGTERM), so it writes out what it received.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>The messages received so far: sequence and hash from the structured data, and the CEF text.</summary>
    public IReadOnlyList<ReceivedSyslog> Received()
    {
        if (!File.Exists(ReceivedFile))
        {
            return [];
        }
        using var stream = new FileStream(ReceivedFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var messages = new List<ReceivedSyslog>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var match = StructuredData().Match(line[..tab]);
            messages.Add(new ReceivedSyslog(long.Parse(match.Groups["seq"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["hash"].Value, line[(tab + 1)..].TrimStart('\uFEFF')));
        }
        return messages;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived, or fails after 30 seconds.</summary>
    public async Task<IReadOnlyList<ReceivedSyslog>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var received = Received();
            if (received.Count >= count)
            {
                return received;
            }
            Assert.True(DateTime.UtcNow < deadline, $"rsyslog received {received.Count} of {count} messages in 30 seconds.");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static int FreePort(SocketType type, ProtocolType protocol)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, type, protocol);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    [GeneratedRegex("""\[cp@32473 seq="(?<seq>\d+)" hash="(?<hash>[0-9a-f]{64})" prev="[0-9a-f]{64}"\]""")]
    private static partial Regex StructuredData();
}
