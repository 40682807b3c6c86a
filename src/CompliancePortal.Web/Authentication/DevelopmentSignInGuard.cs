using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CompliancePortal.Web.Authentication;

/// <summary>
/// The development sign-in lets anyone become anyone, so it may only be reachable from this machine: start-up
/// fails when the server listens on any address other than loopback.
/// </summary>
public sealed class DevelopmentSignInGuard(IServer server) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(a => !IsLoopback(a)).ToList();
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Authentication:Mode is Development, which lets anyone sign in as anyone, but the portal listens on {string.Join(", ", exposed)}. " +
                "Bind it to loopback only (e.g. http://localhost:5000) or configure Authentication:Mode=EntraId.");
        }
        return Task.CompletedTask;
    }

    public static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>
    /// A request from this machine, addressed to this machine, and not relayed: a reverse proxy on the same host
    /// (it forwards, so it adds Forwarded headers or keeps the public Host) or a DNS-rebinding page must not reach it.
    /// </summary>
    public static bool IsLocalRequest(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.ContainsKey("Forwarded") || request.Headers.ContainsKey("X-Forwarded-For")
            || request.Headers.ContainsKey("X-Forwarded-Host"))
        {
            return false;
        }
        var host = request.Host.Host;
        var loopbackHost = string.IsNullOrEmpty(host) || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return loopbackHost && (context.Connection.RemoteIpAddress is not { } ip || IPAddress.IsLoopback(ip));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
