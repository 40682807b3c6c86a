namespace CompliancePortal.Web.Hosting;

/// <summary>Says once at start-up, in Production, that the data-protection keys are not encrypted at rest.</summary>
internal sealed class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("The data-protection keys are stored in the database unencrypted: set DataProtection:CertificatePath " +
            "(and DataProtection:CertificatePassword) to a .pfx so that a copy of the database does not reveal cookies or stored secrets.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
