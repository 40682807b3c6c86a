namespace CompliancePortal.Core.Lineage.Dvc;

/// <summary>A <c>deps</c> or <c>outs</c> entry of a stage: a path and the md5 DVC computed for it (<c>.dir</c> for a directory).</summary>
public sealed record DvcOutput(string Path, string Md5, long? Size, long? Files);
