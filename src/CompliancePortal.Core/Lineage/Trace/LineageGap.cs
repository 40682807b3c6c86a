namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>Something missing from a version's lineage that an auditor would ask about, with what the owner can do about it.</summary>
public sealed record LineageGap(string Subject, string Problem, string Fix);
