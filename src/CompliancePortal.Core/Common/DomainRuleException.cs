namespace CompliancePortal.Core.Common;

/// <summary>A business rule refused the change; the message names the rule.</summary>
public class DomainRuleException(string message) : Exception(message);
