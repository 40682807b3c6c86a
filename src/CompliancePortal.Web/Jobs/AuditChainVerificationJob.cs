using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using Hangfire;

namespace CompliancePortal.Web.Jobs;

/// <summary>
/// Verifies the whole audit chain every night and records the result in the chain itself, so an auditor sees a
/// daily attestation, and a break is noticed within a day rather than at the next audit.
/// </summary>
public sealed class AuditChainVerificationJob(AuditLogReader reader, AuditedChanges changes, ILogger<AuditChainVerificationJob> logger)
{
    public const string Id = "audit-chain-verification";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(CancellationToken ct)
    {
        var result = await reader.VerifyAsync(ct);
        if (!result.Valid)
        {
            logger.LogCritical("Audit chain verification failed at sequence {Sequence}: {Reason}", result.FirstBadSequence, result.Reason);
        }
        await changes.RunAsync(Actor.System, (_, audit) =>
        {
            audit.Record(result.Valid ? "audit.chain-verified" : "audit.chain-broken", "AuditChain", "audit-chain", null,
                new { result.Valid, result.CheckedEvents, result.FirstBadSequence, result.Reason, result.LastHash });
            return Task.CompletedTask;
        }, ct);
    }
}
