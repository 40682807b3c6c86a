using System.Net;
using CompliancePortal.Core.Approvals;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Approvals;

/// <summary>
/// A failure after any step of a promotion (each step already flushed to the database inside the transaction) leaves
/// no half-promoted state: the old version stays in production, stages and history unchanged, the signature unsaved.
/// </summary>
public abstract class AtomicPromotionTests(PortalHost host, FaultyPromotionObserver faults)
{
    private readonly PromotionDriver _driver = new(host);

    [Theory]
    [InlineData(PromotionStep.PreviousVersionStepsAside)]
    [InlineData(PromotionStep.VersionEntersProduction)]
    [InlineData(PromotionStep.AliasMoved)]
    [InlineData(PromotionStep.HistoryRecorded)]
    [InlineData(PromotionStep.RequestCompleted)]
    public async Task FailureAfterAnyStep_LeavesTheOldVersionInProduction_AndNothingWritten(PromotionStep step)
    {
        faults.FailAfter = null;
        var key = await _driver.ModelInProductionAsync("1.1.0");
        await _driver.RegisterAsync(key, "1.2.0");
        await _driver.MakeReadyAsync(key, "1.2.0");
        var request = await _driver.RequestedAsync(key, "1.2.0");
        await _driver.ClientAsync(PortalClients.Grace);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();
        faults.FailAfter = step;

        await Assert.ThrowsAsync<InjectedFailureException>(() => _driver.SignAsync(PortalClients.Priya, request));

        faults.FailAfter = null;
        Assert.Equal("1.1.0", (await (await _driver.ProductionAsync(key)).ExpectAsync(HttpStatusCode.OK)).GetProperty("version").GetString());
        Assert.Equal("Production", (await _driver.GetAsync($"/api/v1/models/{key}/versions/1.1.0")).GetProperty("stage").GetString());
        Assert.Equal("Draft", (await _driver.GetAsync($"/api/v1/models/{key}/versions/1.2.0")).GetProperty("stage").GetString());
        Assert.Single((await _driver.GetAsync($"/api/v1/models/{key}/production/history")).EnumerateArray());
        var shown = await _driver.GetAsync($"/api/v1/promotion-requests/{request}");
        Assert.Equal("Pending", shown.GetProperty("state").GetString());
        Assert.Equal(0, shown.GetProperty("signatures").GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));

        var retried = await _driver.SignAsync(PortalClients.Priya, request);

        Assert.True(retried.ReadyToPromote);
        Assert.Equal("1.2.0", (await (await _driver.ProductionAsync(key)).ExpectAsync(HttpStatusCode.OK)).GetProperty("version").GetString());
    }
}
