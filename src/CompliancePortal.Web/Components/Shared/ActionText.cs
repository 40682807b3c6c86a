namespace CompliancePortal.Web.Components.Shared;

/// <summary>Plain-English wording for the stable action names of the audit log.</summary>
public static class ActionText
{
    public static string Describe(string action) => action switch
    {
        "model.created" => "registered a model",
        "model.updated" => "edited a model",
        "model-version.registered" => "registered a model version",
        "person.registered" => "signed in for the first time",
        "person.signed-in" => "signed in",
        "person.updated" => "signed in with changed details",
        "api-token.created" => "created an API token",
        "api-token.revoked" => "revoked an API token",
        "source-system.created" => "registered a source system",
        "dataset.created" => "registered a dataset",
        "dataset-version.captured" => "recorded a dataset version",
        "settings.updated" => "changed the portal settings",
        "model-card.created" => "started a model card",
        "model-card.saved" => "saved a model card",
        "model-card.restored" => "restored a model card revision",
        "model-card.imported" => "imported a Hugging Face model card",
        "model-card-template.updated" => "changed the model card template",
        "audit.chain-verified" => "verified the audit chain",
        "audit.chain-broken" => "found the audit chain broken",
        _ => action,
    };
}
