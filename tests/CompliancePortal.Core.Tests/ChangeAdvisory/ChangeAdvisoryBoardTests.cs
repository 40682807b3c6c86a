using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

public sealed class ChangeAdvisoryBoardTests
{
    private static readonly Guid Chair = Guid.NewGuid();
    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();

    [Fact]
    public void Covers_AModelNamedInItsScope_OrOfARiskTierInIt()
    {
        var board = ChangeAdvisoryBoard.Create("model-risk", Definition(tiers: [RiskTier.Critical], keys: ["churn-propensity"]), Build.Now);

        Assert.True(board.Covers("credit-default-pd", RiskTier.Critical));
        Assert.True(board.Covers("churn-propensity", RiskTier.Low));
        Assert.False(board.Covers("credit-default-pd", RiskTier.High));
    }

    [Fact]
    public void Update_ReplacesTheMembersAndRules_AndBumpsTheRevision()
    {
        var board = ChangeAdvisoryBoard.Create("model-risk", Definition(), Build.Now);

        board.Update(Definition(members: [Chair, Ben, Ben]) with { Rules = new BoardRules(2, DecisionRule.Unanimity) }, Build.Now.AddDays(1));

        Assert.Equal(new[] { Chair, Ben }.Order(), board.Members.Select(m => m.PersonId).Order());
        Assert.Equal(new BoardRules(2, DecisionRule.Unanimity), board.Rules);
        Assert.Equal(2, board.Revision);
        Assert.Equal(Build.Now.AddDays(1), board.UpdatedAt);
    }

    [Fact]
    public void Create_RefusesEverythingThatWouldStopTheBoardWorking_AtOnce()
    {
        var broken = new BoardDefinition(" ", null, Guid.NewGuid(), [Ana, Ben], new BoardRules(3, DecisionRule.SimpleMajority), [], []);

        var refused = Assert.Throws<ValidationFailedException>(() => ChangeAdvisoryBoard.Create("Model Risk", broken, Build.Now));

        Assert.Equal(new[] { "Chair", "Key", "Name", "Quorum", "Scope" }, refused.Errors.Keys.Order().ToArray());
        Assert.Contains("must be one of the board's members", refused.Errors["Chair"].Single());
        Assert.Contains("could never be reached", refused.Errors["Quorum"].Single());
    }

    [Fact]
    public void Snapshot_ListsMembersAndScope_ForTheAuditLog()
    {
        var board = ChangeAdvisoryBoard.Create("model-risk", Definition(), Build.Now);

        var json = System.Text.Json.JsonSerializer.Serialize(board.Snapshot());

        Assert.Contains(Ana.ToString(), json);
        Assert.Contains("\"RiskTiers\":[\"High\",\"Critical\"]", json);
        Assert.Contains("\"DecisionRule\":\"SimpleMajority\"", json);
    }

    private static BoardDefinition Definition(Guid[]? members = null, RiskTier[]? tiers = null, string[]? keys = null) =>
        new("Model risk CAB", "Major changes to high-risk models.", Chair, members ?? [Chair, Ana, Ben], new BoardRules(2, DecisionRule.SimpleMajority),
            tiers ?? [RiskTier.Critical, RiskTier.High], keys ?? []);
}
