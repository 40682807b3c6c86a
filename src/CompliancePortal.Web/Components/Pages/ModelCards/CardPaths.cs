namespace CompliancePortal.Web.Components.Pages.ModelCards;

/// <summary>The addresses of a version's card pages, with the version label escaped once here rather than in every link.</summary>
internal static class CardPaths
{
    public static string Version(string modelKey, string label) => $"/models/{Uri.EscapeDataString(modelKey)}/versions/{Uri.EscapeDataString(label)}";

    public static string Edit(string modelKey, string label) => $"{Version(modelKey, label)}/card/edit";

    public static string History(string modelKey, string label) => $"{Version(modelKey, label)}/card/history";

    public static string Import(string modelKey, string label) => $"{Version(modelKey, label)}/card/import";

    /// <summary>The API's Hugging Face export; the browser's session cookie authenticates it.</summary>
    public static string HuggingFaceExport(string modelKey, string label) =>
        $"/api/v1/models/{Uri.EscapeDataString(modelKey)}/versions/{Uri.EscapeDataString(label)}/card?format=huggingface";
}
