using CompliancePortal.Web.Components.Shared;
using MudBlazor.Services;

namespace CompliancePortal.Web.Components;

public static class UiSetup
{
    public static void AddPortalUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<CurrentUser>();
    }

    public static void MapPortalUi(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}
