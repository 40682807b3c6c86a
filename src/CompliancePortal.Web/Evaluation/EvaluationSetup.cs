namespace CompliancePortal.Web.Evaluation;

public static class EvaluationSetup
{
    /// <summary>Evaluations the portal runs itself, as background jobs.</summary>
    public static IServiceCollection AddPortalEvaluationRuns(this IServiceCollection services)
    {
        // Redirects are not followed: the endpoint given is the one that scores, and a POST must not wander elsewhere.
        services.AddHttpClient(MlflowEvaluatorFactory.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddOptions<ScoringEndpointOptions>().BindConfiguration(ScoringEndpointOptions.Section);
        services.AddSingleton<MlflowEvaluatorFactory>();
        services.AddSingleton<PortalEvaluators>();
        services.AddSingleton<EvaluationJobs>();
        services.AddSingleton<IEvaluationJobs>(sp => sp.GetRequiredService<EvaluationJobs>());
        services.AddTransient<EvaluationJob>();
        return services;
    }
}
