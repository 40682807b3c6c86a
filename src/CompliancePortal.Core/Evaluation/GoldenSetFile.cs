namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// The bytes of an uploaded golden-set version, in a table of their own so listing versions never reads them.
/// </summary>
public sealed class GoldenSetFile
{
    private GoldenSetFile() { }

    internal GoldenSetFile(Guid versionId, byte[] content) => (VersionId, Content) = (versionId, content);

    public Guid VersionId { get; private set; }

    public byte[] Content { get; private set; } = [];
}
