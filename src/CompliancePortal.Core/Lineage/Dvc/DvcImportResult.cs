namespace CompliancePortal.Core.Lineage.Dvc;

/// <summary>What a <c>dvc.lock</c> import found, and whether it added anything (a repeated import adds nothing).</summary>
public sealed record DvcImportResult(int Stages, int DatasetVersions, bool Changed);
