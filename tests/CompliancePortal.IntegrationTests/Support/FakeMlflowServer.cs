using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>
/// An MLflow scoring server on loopback that answers <c>POST /invocations</c> deterministically: the probability of the
/// positive class is the row's first feature, returned as <c>[p(negative), p(positive)]</c>.
/// </summary>
public sealed class FakeMlflowServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FakeMlflowServer(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public int Requests => _requests;

    public List<string> Columns { get; } = [];

    public static async Task<FakeMlflowServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeMlflowServer(app);
        app.MapPost("/invocations", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref server._requests);
            using var body = await JsonDocument.ParseAsync(request.Body);
            var split = body.RootElement.GetProperty("dataframe_split");
            lock (server.Columns)
            {
                server.Columns.Clear();
                server.Columns.AddRange(split.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!));
            }
            var predictions = split.GetProperty("data").EnumerateArray()
                .Select(row => row[0].GetDouble()).Select(p => new[] { 1 - p, p }).ToArray();
            return Results.Json(new { predictions });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Endpoint = address;
        return server;
    }

    /// <summary>An http URI on loopback where nothing listens.</summary>
    public static string UnreachableEndpoint()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
