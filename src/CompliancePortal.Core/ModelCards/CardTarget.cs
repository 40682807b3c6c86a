using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.ModelCards;

/// <summary>The model version a card belongs to, with the model whose owners may edit it.</summary>
internal sealed record CardTarget(Model Model, ModelVersion Version, ModelCard? Card);
