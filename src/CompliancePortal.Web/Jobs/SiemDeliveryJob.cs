using CompliancePortal.Core.Siem;
using Hangfire;

namespace CompliancePortal.Web.Jobs;

/// <summary>
/// Forwards new audit events to every SIEM destination each minute, from each destination's durable cursor. One run at
/// a time across all instances: two runs could send the same batch twice and race on the cursor.
/// </summary>
public sealed class SiemDeliveryJob(SiemDelivery delivery)
{
    public const string Id = "siem-delivery";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken ct) => delivery.RunAsync(ct);
}
