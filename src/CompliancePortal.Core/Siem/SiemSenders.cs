using System.Reflection;
using Microsoft.AspNetCore.DataProtection;

namespace CompliancePortal.Core.Siem;

/// <summary>Creates the sender for a destination, with the HEC token decrypted only for the run.</summary>
public sealed class SiemSenders(IHttpClientFactory clients, IDataProtectionProvider protection)
{
    public const string HttpClientName = "siem-hec";
    internal const string TokenPurpose = "CompliancePortal.Siem.HecToken";

    private static readonly string ProductVersion =
        typeof(SiemSenders).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";

    public static string HostName => Environment.MachineName;

    public ISiemSender Create(SiemDestination destination) => destination.Kind switch
    {
        SiemDestinationKind.Syslog => new SyslogSender(destination.Host!, destination.Port!.Value, destination.Transport!.Value, HostName, ProductVersion),
        _ => new SplunkHecSender(clients.CreateClient(HttpClientName), destination.Url!,
            protection.CreateProtector(TokenPurpose).Unprotect(destination.ProtectedToken!), HostName),
    };
}
