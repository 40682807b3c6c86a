using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Siem;

/// <summary>Sends batches of audit events to one destination; a batch that returns without throwing was accepted.</summary>
public interface ISiemSender : IAsyncDisposable
{
    Task SendAsync(IReadOnlyList<AuditEventView> batch, CancellationToken ct);
}
