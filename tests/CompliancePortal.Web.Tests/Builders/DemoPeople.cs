namespace CompliancePortal.Web.Tests.Builders;

/// <summary>People of the seeded demo organisation, by the e-mail they sign in with.</summary>
internal static class DemoPeople
{
    /// <summary>ModelOwner; owns credit-default-pd, backs up card-fraud-score and customer-churn-propensity.</summary>
    public const string Olivia = "olivia.owens@contoso.example";

    /// <summary>ModelOwner and CabMember; owns card-fraud-score and aml-transaction-monitoring.</summary>
    public const string Marcus = "marcus.chen@contoso.example";

    /// <summary>ModelOwner; owns customer-churn-propensity and complaint-text-classifier, backs up credit-default-pd.</summary>
    public const string Sofia = "sofia.alvarez@contoso.example";

    /// <summary>ComplianceOfficer; owns no model.</summary>
    public const string Priya = "priya.raman@contoso.example";

    /// <summary>ComplianceOfficer and CabMember; sits on the model risk CAB.</summary>
    public const string Daniel = "daniel.okafor@contoso.example";

    /// <summary>CabMember; chairs the model risk CAB.</summary>
    public const string Yuki = "yuki.tanaka@contoso.example";

    /// <summary>Administrator; owns no model.</summary>
    public const string Alex = "alex.morgan@contoso.example";

    /// <summary>Auditor; owns no model.</summary>
    public const string Henrik = "henrik.aalto@contoso.example";
}
