using CompliancePortal.Core.Common;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Evaluation;

/// <summary>Builds MLflow scoring-endpoint evaluators over the portal's named HTTP client.</summary>
public sealed class MlflowEvaluatorFactory(IHttpClientFactory clients, IOptions<ScoringEndpointOptions> options)
{
    public const string ClientName = "mlflow-scoring";
    public const int BatchSize = 1_000;
    public static readonly TimeSpan BatchTimeout = TimeSpan.FromSeconds(60);

    public MlflowHttpEvaluator Create(string endpoint, string name, string version) =>
        new(clients.CreateClient(ClientName), ParseEndpoint(endpoint), name.Trim(), version.Trim(), BatchSize, BatchTimeout);

    /// <exception cref="ValidationFailedException">The endpoint is not an absolute http or https URI on an allowed host.</exception>
    public Uri ParseEndpoint(string? endpoint)
    {
        var ok = Uri.TryCreate(endpoint?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        new ValidationErrors().When(!ok, "Evaluator.Endpoint",
            "Give the scoring endpoint as an absolute http:// or https:// URI; the portal posts to its /invocations.").ThrowIfAny();
        var allowed = options.Value.AllowedScoringHosts;
        new ValidationErrors().When(!allowed.Contains(uri!.IdnHost.Trim('[', ']'), StringComparer.OrdinalIgnoreCase), "Evaluator.Endpoint",
            $"The portal may not call scoring endpoints on '{uri.Host}'. An administrator lists allowed hosts in Evaluation:AllowedScoringHosts " +
            $"(now: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))}).").ThrowIfAny();
        return uri;
    }
}
