using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Models;

public sealed class ModelTests
{
    [Fact]
    public void Create_WithValidDetails_RecordsThemTrimmedAtRevisionOne()
    {
        var owner = Guid.NewGuid();
        var details = Build.Details(owner: owner) with { Name = "  Credit default PD  " };

        var model = Model.Create("credit-default-pd", details, Build.Now);

        Assert.Equal("credit-default-pd", model.Key);
        Assert.Equal("Credit default PD", model.Name);
        Assert.Equal(owner, model.OwnerId);
        Assert.Equal(1, model.Revision);
        Assert.Equal(Build.Now, model.CreatedAt);
        Assert.Equal(Build.Now, model.UpdatedAt);
    }

    [Fact]
    public void Create_WithoutOwner_IsRefused()
    {
        var details = Build.Details(owner: Guid.Empty);

        var refused = Assert.Throws<ValidationFailedException>(() => Model.Create("credit-default-pd", details, Build.Now));

        Assert.Equal(nameof(ModelDetails.OwnerId), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Create_WithBackupOwnerWhoIsTheOwner_IsRefused()
    {
        var owner = Guid.NewGuid();
        var details = Build.Details(owner: owner, backupOwner: owner);

        var refused = Assert.Throws<ValidationFailedException>(() => Model.Create("credit-default-pd", details, Build.Now));

        Assert.Equal(nameof(ModelDetails.BackupOwnerId), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pd")]
    [InlineData("Credit-pd")]
    [InlineData("credit_pd")]
    [InlineData("credit--pd")]
    [InlineData("-credit-pd")]
    [InlineData("1-credit-pd")]
    public void Create_WithMalformedKey_IsRefused(string key)
    {
        var details = Build.Details();

        var refused = Assert.Throws<ValidationFailedException>(() => Model.Create(key, details, Build.Now));

        Assert.Equal(nameof(Model.Key), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Create_WithCadenceOverrideButNoReason_IsRefused(string? reason)
    {
        var details = Build.Details() with { CadenceOverrideMonths = 6, CadenceOverrideReason = reason };

        var refused = Assert.Throws<ValidationFailedException>(() => Model.Create("credit-default-pd", details, Build.Now));

        Assert.Equal(nameof(ModelDetails.CadenceOverrideReason), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    [InlineData(-3)]
    public void Create_WithCadenceOverrideOutsideOneToThirtySixMonths_IsRefused(int months)
    {
        var details = Build.Details() with { CadenceOverrideMonths = months, CadenceOverrideReason = "Stable portfolio." };

        var refused = Assert.Throws<ValidationFailedException>(() => Model.Create("credit-default-pd", details, Build.Now));

        Assert.Equal(nameof(ModelDetails.CadenceOverrideMonths), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Create_WithUndefinedRiskTier_IsRefused()
    {
        var details = Build.Details(tier: (RiskTier)42);

        var refused = Assert.Throws<ValidationFailedException>(() => Model.Create("credit-default-pd", details, Build.Now));

        Assert.Equal(nameof(ModelDetails.RiskTier), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData(RiskTier.Critical, 3)]
    [InlineData(RiskTier.High, 3)]
    [InlineData(RiskTier.Medium, 6)]
    [InlineData(RiskTier.Low, 12)]
    public void Cadence_WithoutOverride_FollowsTheRiskTier(RiskTier tier, int months)
    {
        var model = Build.Model(tier);

        var cadence = model.Cadence;

        Assert.Equal(months, cadence.Months);
        Assert.False(cadence.IsOverride);
        Assert.Null(cadence.Reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(36)]
    public void Cadence_WithOverride_UsesTheOverrideAndItsReason(int months)
    {
        var details = Build.Details(RiskTier.Low) with { CadenceOverrideMonths = months, CadenceOverrideReason = "  Regulator asked.  " };

        var cadence = Model.Create("credit-default-pd", details, Build.Now).Cadence;

        Assert.Equal(months, cadence.Months);
        Assert.True(cadence.IsOverride);
        Assert.Equal("Regulator asked.", cadence.Reason);
    }

    [Fact]
    public void Create_WithReasonButNoOverride_KeepsNoReason()
    {
        var details = Build.Details() with { CadenceOverrideReason = "Left over from the form." };

        var model = Model.Create("credit-default-pd", details, Build.Now);

        Assert.Null(model.CadenceOverrideReason);
        Assert.False(model.Cadence.IsOverride);
    }

    [Fact]
    public void Update_WithValidDetails_AppliesThemAndBumpsTheRevision()
    {
        var model = Build.Model(RiskTier.High);
        var later = Build.Now.AddHours(2);

        model.Update(Build.Details(RiskTier.Low, model.OwnerId) with { Name = "Credit PD v2" }, later);

        Assert.Equal(2, model.Revision);
        Assert.Equal("Credit PD v2", model.Name);
        Assert.Equal(RiskTier.Low, model.RiskTier);
        Assert.Equal(12, model.Cadence.Months);
        Assert.Equal(later, model.UpdatedAt);
        Assert.Equal(Build.Now, model.CreatedAt);
    }

    [Fact]
    public void Update_WithInvalidDetails_ChangesNothing()
    {
        var model = Build.Model();

        Assert.Throws<ValidationFailedException>(() => model.Update(Build.Details(owner: Guid.Empty) with { Name = "Renamed" }, Build.Now.AddHours(1)));

        Assert.Equal(1, model.Revision);
        Assert.Equal("Credit default PD", model.Name);
        Assert.Equal(Build.Now, model.UpdatedAt);
    }

    [Fact]
    public void IsOwnedBy_OwnerAndBackupOwner_AreOwners()
    {
        var (owner, backup) = (Guid.NewGuid(), Guid.NewGuid());

        var model = Build.Model(owner: owner, backupOwner: backup);

        Assert.True(model.IsOwnedBy(owner));
        Assert.True(model.IsOwnedBy(backup));
    }

    [Fact]
    public void IsOwnedBy_SomeoneElse_IsNotAnOwner()
    {
        var model = Build.Model(owner: Guid.NewGuid());

        var owned = model.IsOwnedBy(Guid.NewGuid());

        Assert.False(owned);
    }

    [Fact]
    public void IsOwnedBy_EmptyId_IsNotAnOwnerOfAModelWithoutBackup()
    {
        var model = Build.Model(backupOwner: null);

        var owned = model.IsOwnedBy(Guid.Empty);

        Assert.False(owned);
    }
}
