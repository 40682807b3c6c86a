namespace CompliancePortal.IntegrationTests.Support;

/// <summary>One syslog message as rsyslog wrote it out: the chain position it carries and its CEF text.</summary>
public sealed record ReceivedSyslog(long Sequence, string Hash, string Cef);
