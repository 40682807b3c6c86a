namespace CompliancePortal.Core.Lineage.Dvc;

/// <summary>One stage of a <c>dvc.lock</c>: its command, parameters (as JSON) and what it read and wrote.</summary>
public sealed record DvcStage(string Name, string Command, string ParamsJson, IReadOnlyList<DvcOutput> Deps, IReadOnlyList<DvcOutput> Outs);
