using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Core.Tests.ModelCards;

/// <summary>Model card texts for tests: a card with every default section filled in, and a Hugging Face README.</summary>
internal static class CardSamples
{
    public const string Substantive = "The model scores retail loan applications for the probability of default within twelve months.";

    /// <summary>A card in which every section of <paramref name="template"/> (the default when null) has substantive content.</summary>
    public static string Complete(CardTemplate? template = null) =>
        string.Concat((template ?? CardTemplate.Default).Sections.Select(s => $"## {s.Name}\n\n{Substantive}\n\n"));

    /// <summary>The complete card with <paramref name="section"/>'s content replaced by <paramref name="content"/>.</summary>
    public static string CompleteExcept(string section, string content) =>
        string.Concat(CardTemplate.Default.Sections.Select(s =>
            s.Name == section ? $"## {s.Name}\n\n{content}\n\n" : $"## {s.Name}\n\n{Substantive}\n\n"));

    public const string HuggingFaceReadme = """
        ---
        language:
        - en
        - "no"
        license: apache-2.0
        library_name: transformers
        tags:
        - text-classification
        - finance
        datasets:
        - acme-bank/loan-complaints
        metrics:
        - accuracy
        - f1
        base_model: distilbert/distilbert-base-uncased
        pipeline_tag: text-classification
        widget:
        - text: "I was charged twice for my loan repayment this month."
          example_title: Duplicate charge
        model-index:
        - name: complaint-router
          results:
          - task:
              type: text-classification
              name: Text Classification
            dataset:
              name: Loan complaints
              type: acme-bank/loan-complaints
              config: default
              split: test
            metrics:
            - type: accuracy
              value: 0.912
              name: Accuracy
              verified: false
            - type: f1
              value: 0.887
              name: Macro F1
          - task:
              type: text-classification
            dataset:
              name: Loan complaints (Norwegian)
              type: acme-bank/loan-complaints-no
            metrics:
            - type: accuracy
              value: "0.85"
              name: Accuracy
        co2_eq_emissions:
          emissions: 12.5
          source: estimated with the ML CO2 impact calculator
          training_type: fine-tuning
          hardware_used: 1 x A100
        ---

        # Model Card for complaint-router

        Routes written customer complaints about retail loans to the team that handles them.

        ## Model Details

        ### Model Description

        A DistilBERT model fine-tuned to classify complaint texts into nine routing categories.

        - **Developed by:** Acme Bank, Customer Analytics
        - **License:** Apache 2.0

        ## Uses

        ### Direct Use

        The model reads the free text of a complaint received by e-mail or web form and proposes the team that should
        handle it. A case handler confirms or corrects the proposal before the complaint is routed.

        ### Downstream Use [optional]

        None.

        ### Out-of-Scope Use

        The model must not be used to decide whether a complaint is justified, to prioritise customers, or on texts
        that are not complaints about retail loans.

        ## Bias, Risks, and Limitations

        Accuracy drops on complaints shorter than ten words and on texts that mix English and Norwegian in one sentence.
        Complaints about products launched after the training period are routed to the general team.

        ### Recommendations

        Case handlers should review every proposal with a confidence below 0.6 and report systematic misroutes.

        ## How to Get Started with the Model

        ```python
        from transformers import pipeline
        router = pipeline("text-classification", model="acme-bank/complaint-router")
        ```

        ## Training Details

        ### Training Data

        | dataset | period | rows |
        |:--|:--|--:|
        | acme-bank/loan-complaints | 2023-01 to 2025-06 | 48,210 |

        Personal data was removed before training with the bank's standard redaction pipeline.

        ### Training Procedure

        Three epochs, learning rate 5e-5, batch size 32.

        ## Evaluation

        ### Results

        Accuracy 0.912 and macro F1 0.887 on the held-out test split of 4,800 complaints from the second half of 2025.

        ## Fairness

        Routing accuracy was compared across customer age bands and across complaints written in English and
        Norwegian; the largest gap was 2.1 accuracy points, for Norwegian texts, within the agreed tolerance of 3 points.

        ## Citation

        Internal model, not published.
        """;
}
