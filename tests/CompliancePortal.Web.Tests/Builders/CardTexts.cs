using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Web.Tests.Builders;

/// <summary>Model card texts: sections with enough words to count, and a Hugging Face README with claimed results.</summary>
internal static class CardTexts
{
    public const string Substantive = "The model scores retail loan applications for the probability of default within twelve months.";

    /// <summary>Every section of the default template with substantive content, except those named in <paramref name="except"/>.</summary>
    public static string Complete(params string[] except) =>
        string.Concat(CardTemplate.Default.Sections
            .Where(s => !except.Contains(s.Name))
            .Select(s => $"## {s.Name}\n\n{Substantive}\n\n"));

    public const string HuggingFaceReadme = """
        ---
        license: apache-2.0
        language:
        - en
        tags:
        - credit-risk
        model-index:
        - name: credit-default-pd
          results:
          - task:
              type: tabular-classification
            dataset:
              name: Loan applications 2026
              type: contoso/loan-applications
            metrics:
            - type: roc_auc
              value: 0.874
              name: ROC AUC
            - type: accuracy
              value: 0.912
              name: Accuracy
        ---

        # credit-default-pd

        ## Uses

        Scores retail loan applications for the probability of default within twelve months, for credit decisions.
        """;

    /// <summary>A README whose front matter is not valid YAML (an unclosed flow sequence on its second line).</summary>
    public const string InvalidHuggingFaceReadme = """
        ---
        license: apache-2.0
        tags: [credit-risk, pd
        ---

        # credit-default-pd
        """;
}
