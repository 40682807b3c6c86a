using CompliancePortal.Core.Approvals;

namespace CompliancePortal.IntegrationTests.Support;

public sealed class InjectedFailureException(PromotionStep step) : Exception($"Injected failure after {step}.");
