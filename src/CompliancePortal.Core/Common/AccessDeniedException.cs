namespace CompliancePortal.Core.Common;

/// <summary>The actor's roles or relationship to the entity do not allow the change.</summary>
public sealed class AccessDeniedException(string message) : DomainRuleException(message);
