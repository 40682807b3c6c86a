using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Tests.Builders;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.Core.Tests.ApiTokens;

public sealed class ApiTokenTests
{
    private readonly FakeTimeProvider _clock = new(Build.Now);
    private readonly Actor _owner = Build.Person(PortalRoles.ModelOwner);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Issue_WithoutAName_IsRefused(string name)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => ApiToken.Issue(_owner, name, 30, _clock.GetUtcNow()));

        Assert.Equal(nameof(ApiToken.Name), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Issue_WithANameOverOneHundredCharacters_IsRefused()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => ApiToken.Issue(_owner, new string('x', 101), 30, _clock.GetUtcNow()));

        Assert.Equal(nameof(ApiToken.Name), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    [InlineData(-1)]
    public void Issue_WithLifetimeOutsideOneToThreeHundredSixtyFiveDays_IsRefused(int days)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => ApiToken.Issue(_owner, "CI pipeline", days, _clock.GetUtcNow()));

        Assert.Equal("LifetimeDays", Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    public void Issue_WithLifetimeAtTheBounds_ExpiresThatManyDaysLater(int days)
    {
        var (token, _) = ApiToken.Issue(_owner, "  CI pipeline  ", days, _clock.GetUtcNow());

        Assert.Equal(Build.Now.AddDays(days), token.ExpiresAt);
        Assert.Equal(Build.Now, token.CreatedAt);
        Assert.Equal("CI pipeline", token.Name);
        Assert.Equal(_owner.PersonId, token.PersonId);
    }

    [Fact]
    public void Issue_GivesASecretWithTheSchemePrefix_AndStoresOnlyItsSha256()
    {
        var (token, secret) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());

        Assert.StartsWith("cpt_", secret);
        Assert.True(secret.Length >= 40, "the secret should carry at least 256 bits of randomness");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), token.TokenHash);
        Assert.Equal(token.TokenHash, ApiToken.HashOf(secret));
        Assert.DoesNotContain(new[] { token.Name, token.Prefix, token.TokenHash, token.Roles }, field => field.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(token.Snapshot()), StringComparison.Ordinal);
        Assert.StartsWith(token.Prefix, secret);
    }

    [Fact]
    public void Issue_Twice_GivesDifferentSecrets()
    {
        var (first, firstSecret) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());

        var (second, secondSecret) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());

        Assert.NotEqual(firstSecret, secondSecret);
        Assert.NotEqual(first.TokenHash, second.TokenHash);
    }

    [Fact]
    public void Issue_CarriesTheActorsKnownRolesOnly()
    {
        var actor = Build.Person("auditor", "ModelOwner", "Wizard");

        var (token, _) = ApiToken.Issue(actor, "CI pipeline", 30, _clock.GetUtcNow());

        Assert.Equal(new[] { PortalRoles.ModelOwner, PortalRoles.Auditor }, token.RoleList);
    }

    [Fact]
    public void Issue_ForTheSystemActor_IsRefused()
    {
        var refused = Assert.Throws<AccessDeniedException>(() => ApiToken.Issue(Actor.System, "CI pipeline", 30, _clock.GetUtcNow()));

        Assert.Contains("named person", refused.Message);
    }

    [Fact]
    public void IsActive_JustBeforeExpiry_IsTrue()
    {
        var (token, _) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));

        Assert.True(token.IsActive(_clock.GetUtcNow()));
    }

    [Fact]
    public void IsActive_AtAndAfterExpiry_IsFalse()
    {
        var (token, _) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromDays(30));

        Assert.False(token.IsActive(_clock.GetUtcNow()));
        Assert.False(token.IsActive(_clock.GetUtcNow().AddDays(1)));
    }

    [Fact]
    public void IsActive_AfterRevoke_IsFalse()
    {
        var (token, _) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromHours(1));

        token.Revoke(_owner, _clock.GetUtcNow());

        Assert.False(token.IsActive(_clock.GetUtcNow()));
        Assert.Equal(_clock.GetUtcNow(), token.RevokedAt);
    }

    [Fact]
    public void Revoke_ByAnotherPerson_IsRefused()
    {
        var (token, _) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());
        var administrator = Build.Person(PortalRoles.Administrator);

        Assert.Throws<AccessDeniedException>(() => token.Revoke(administrator, _clock.GetUtcNow()));

        Assert.Null(token.RevokedAt);
        Assert.True(token.IsActive(_clock.GetUtcNow()));
    }

    [Fact]
    public void Revoke_BySystem_IsRefused()
    {
        var (token, _) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());

        Assert.Throws<AccessDeniedException>(() => token.Revoke(Actor.System, _clock.GetUtcNow()));

        Assert.Null(token.RevokedAt);
    }

    [Fact]
    public void Revoke_Twice_IsRefusedAndKeepsTheFirstTime()
    {
        var (token, _) = ApiToken.Issue(_owner, "CI pipeline", 30, _clock.GetUtcNow());
        token.Revoke(_owner, _clock.GetUtcNow());

        Assert.Throws<DomainRuleException>(() => token.Revoke(_owner, _clock.GetUtcNow().AddMinutes(5)));

        Assert.Equal(Build.Now, token.RevokedAt);
    }
}
