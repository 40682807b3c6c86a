using CompliancePortal.Core.AuditPacks;
using Hangfire;

namespace CompliancePortal.Web.AuditPacks;

/// <summary>Generates one requested audit pack in the background; progress and the outcome are kept on the pack itself.</summary>
public sealed class AuditPackJob(AuditPackGenerator generator)
{
    // The generator records a failure on the pack; a retry would find the pack no longer queued and change nothing.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task GenerateAsync(Guid packId, CancellationToken ct) => generator.GenerateAsync(packId, ct);
}
