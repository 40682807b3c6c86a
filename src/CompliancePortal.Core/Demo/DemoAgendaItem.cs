namespace CompliancePortal.Core.Demo;

/// <summary>A change on a demo agenda, with the requester's risk assessment; the requester by e-mail.</summary>
public sealed record DemoAgendaItem(string Model, string Version, string RequestedBy, string Reason, string WhatChanges, string Why, string Likelihood,
    string Impact, string ImpactIfItFails, string TestEvidence, string RollbackPlan, string Responsible);
