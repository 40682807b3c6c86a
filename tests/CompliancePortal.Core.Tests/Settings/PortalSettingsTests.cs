using CompliancePortal.Core.Common;
using CompliancePortal.Core.Settings;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Settings;

public sealed class PortalSettingsTests
{
    [Fact]
    public void Defaults_AreAThirtyDayEvaluationWindowAtRevisionOne()
    {
        var settings = PortalSettings.Defaults(Build.Now);

        Assert.Equal(30, settings.EvaluationWindowDays);
        Assert.Equal(1, settings.Revision);
        Assert.Equal(PortalSettings.SingletonId, settings.Id);
        Assert.Equal(Build.Now, settings.UpdatedAt);
        Assert.False(string.IsNullOrWhiteSpace(settings.OrganisationName));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    public void Update_WithValidValues_AppliesThemAndBumpsTheRevision(int windowDays)
    {
        var settings = PortalSettings.Defaults(Build.Now);

        settings.Update("  Fabrikam Bank  ", windowDays, Build.Now.AddHours(1));

        Assert.Equal("Fabrikam Bank", settings.OrganisationName);
        Assert.Equal(windowDays, settings.EvaluationWindowDays);
        Assert.Equal(2, settings.Revision);
        Assert.Equal(Build.Now.AddHours(1), settings.UpdatedAt);
    }

    [Fact]
    public void Update_Twice_BumpsTheRevisionEachTime()
    {
        var settings = PortalSettings.Defaults(Build.Now);

        settings.Update("Fabrikam Bank", 30, Build.Now.AddHours(1));
        settings.Update("Fabrikam Bank", 45, Build.Now.AddHours(2));

        Assert.Equal(3, settings.Revision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Update_WithoutAnOrganisationName_IsRefused(string name)
    {
        var settings = PortalSettings.Defaults(Build.Now);

        var refused = Assert.Throws<ValidationFailedException>(() => settings.Update(name, 30, Build.Now));

        Assert.Equal(nameof(PortalSettings.OrganisationName), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Update_WithAnOrganisationNameOverTwoHundredCharacters_IsRefused()
    {
        var settings = PortalSettings.Defaults(Build.Now);

        var refused = Assert.Throws<ValidationFailedException>(() => settings.Update(new string('x', 201), 30, Build.Now));

        Assert.Equal(nameof(PortalSettings.OrganisationName), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    [InlineData(-30)]
    public void Update_WithAnEvaluationWindowOutsideOneToThreeHundredSixtyFiveDays_IsRefused(int windowDays)
    {
        var settings = PortalSettings.Defaults(Build.Now);

        var refused = Assert.Throws<ValidationFailedException>(() => settings.Update("Fabrikam Bank", windowDays, Build.Now));

        Assert.Equal(nameof(PortalSettings.EvaluationWindowDays), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Update_WhenRefused_ChangesNothing()
    {
        var settings = PortalSettings.Defaults(Build.Now);
        var name = settings.OrganisationName;

        Assert.Throws<ValidationFailedException>(() => settings.Update("Fabrikam Bank", 0, Build.Now.AddHours(1)));

        Assert.Equal(name, settings.OrganisationName);
        Assert.Equal(30, settings.EvaluationWindowDays);
        Assert.Equal(1, settings.Revision);
        Assert.Equal(Build.Now, settings.UpdatedAt);
    }
}
