using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>
/// A stand-in for a Splunk HTTP Event Collector on a loopback port: records each POST (path, Authorization header,
/// body) and answers with the status the test sets, 200 with Splunk's success body by default.
/// </summary>
public sealed class LoopbackCollector : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Path, string? Authorization, string Body)> _requests = [];
    private readonly Task _loop;

    private LoopbackCollector(int port)
    {
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

    public IReadOnlyList<(string Path, string? Authorization, string Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static LoopbackCollector Start()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        socket.Close();
        return new LoopbackCollector(port);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_requests)
            {
                _requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
            }
            context.Response.StatusCode = (int)Answer;
            var answer = Encoding.UTF8.GetBytes(Answer == HttpStatusCode.OK ? "{\"text\":\"Success\",\"code\":0}" : "{\"text\":\"Server is busy\",\"code\":9}");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
