using MudBlazor;

namespace CompliancePortal.Web.Components.Layout;

public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f4e79", Secondary = "#6a4c93", AppbarBackground = "#1f4e79" },
        PaletteDark = new PaletteDark { Primary = "#7fb3e6", Secondary = "#b39ddb" },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
