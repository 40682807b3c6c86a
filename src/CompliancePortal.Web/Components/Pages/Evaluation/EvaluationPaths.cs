namespace CompliancePortal.Web.Components.Pages.Evaluation;

/// <summary>Addresses of the evaluation evidence pages and of the API a CI harness posts results to.</summary>
internal static class EvaluationPaths
{
    public static string GoldenSets(string modelKey) => $"/models/{Uri.EscapeDataString(modelKey)}/golden-sets";

    public static string PostEvaluations(string modelKey, string label) =>
        $"api/v1/models/{Uri.EscapeDataString(modelKey)}/versions/{Uri.EscapeDataString(label)}/evaluations";
}
