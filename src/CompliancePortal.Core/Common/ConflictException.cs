namespace CompliancePortal.Core.Common;

/// <summary>The change collides with existing state: a duplicate, or a stale edit of something changed since it was read.</summary>
public sealed class ConflictException(string message) : Exception(message);
