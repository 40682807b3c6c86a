using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CompliancePortal.Web.Hosting;

public static class RootSettings
{
    /// <summary>
    /// The repository keeps one settings file at its root, copied beside the app. It goes first among the
    /// configuration sources so environment variables, user secrets and the command line still override it.
    /// </summary>
    public static void AddRootSettings(this WebApplicationBuilder builder)
    {
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        builder.Configuration.Sources.Insert(0, source);
    }
}
