using System.Collections.Concurrent;
using CompliancePortal.Testing.Portal;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>
/// One running portal on one database provider, shared by the tests of a class (or started fresh by a test that
/// damages it), together with the raw database access a DBA would have, for tests that go behind the portal's back.
/// </summary>
public abstract class PortalHost : IAsyncLifetime, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.OrdinalIgnoreCase);
    private PortalFactory? _factory;
    private PortalSettings? _settings;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The portal host is not initialized yet.");

    public PortalSettings Settings => _settings ?? throw new InvalidOperationException("The portal host is not initialized yet.");

    public async Task InitializeAsync()
    {
        _settings = await CreateSettingsAsync() with { RunJobs = RunsJobs };
        _factory = new PortalFactory(_settings);
        using var started = _factory.CreateClient();
    }

    /// <summary>
    /// The person's API client, created once per host. Creating it mints a token, which is itself an audited change,
    /// so tests take their audit baseline after asking for every client they use.
    /// </summary>
    public Task<HttpClient> ClientForAsync(string email) =>
        _clients.GetOrAdd(email, e => new Lazy<Task<HttpClient>>(() => Factory.ClientForAsync(e))).Value;

    public async Task<AuditTrail> AuditTrailAsync() => new(await ClientForAsync(PortalClients.Priya));

    /// <summary>A client with no credentials that shows redirects instead of following them.</summary>
    public HttpClient AnonymousClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs SQL directly against this host's database and returns the number of rows it changed.</summary>
    public abstract Task<int> ExecuteSqlAsync(string sql);

    /// <summary>What a malicious DBA would do first: take the append-only triggers out of the way.</summary>
    public abstract Task BypassAppendOnlyTriggersAsync();

    protected abstract Task<PortalSettings> CreateSettingsAsync();

    /// <summary>Most tests do not exercise jobs; leaving the job server out keeps starts and stops quick.</summary>
    protected virtual bool RunsJobs => false;

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
