namespace CompliancePortal.Core.Approvals;

public enum ReproducibilityStatus
{
    /// <summary>Re-read by the portal and its SHA-256 matched the pin.</summary>
    Verified,
    /// <summary>Pinned, but stored where the portal cannot read (an s3:// artifact, a commit in a repository): pinned counts.</summary>
    PinnedNotReachable,
    NotPinned,
    Missing,
    Mismatch,
}
