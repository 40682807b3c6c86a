using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Web.Components.Pages.ChangeAdvisory;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Tests.ChangeAdvisory;

public sealed class BoardPagesTests : PortalTestContext
{
    private const string DemoBoard = "model-risk-cab";

    [Fact]
    public async Task BoardsPage_ListsTheDemoBoard_WithItsChairRuleAndScope_AndOffersNewBoardOnlyToAdministrators()
    {
        await SignInAsync(DemoPeople.Priya);

        var cut = Render<BoardsPage>();
        await cut.WaitForElementAsync("[data-testid=board-row]");

        var row = Assert.Single(cut.TableRows("[data-testid=boards-table]"));
        Assert.Equal(["Model Risk Change Advisory Board", "Yuki Tanaka", "3 (quorum 2)", "Simple majority of votes cast", "HighCritical"], row);
        Assert.Empty(cut.FindAll("[data-testid=new-board]"));
    }

    [Fact]
    public async Task BoardPage_ShowsTheMembersWithTheChairMarked_AndTheRules()
    {
        await SignInAsync(DemoPeople.Priya);

        var cut = Render<BoardPage>(p => p.Add(c => c.Key, DemoBoard));
        await cut.WaitForElementAsync("[data-testid=board-members]");

        Assert.Equal("Yuki Tanaka", cut.ByTestId("board-chair").TextContent.Trim());
        Assert.Equal("Simple majority of votes cast", cut.ByTestId("board-rule").TextContent.Trim());
        var members = cut.ByTestId("board-members").TextContent;
        Assert.Contains("Daniel Okafor", members);
        Assert.Contains("Marcus Chen", members);
        var marked = Assert.Single(cut.FindAll("[data-testid=board-members] .mud-list-item"), item => item.QuerySelector(".mud-chip") is not null);
        Assert.Contains("Yuki Tanaka", marked.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=edit-board]"));
    }

    [Fact]
    public async Task BoardPage_ForAnUnknownKey_SaysSo()
    {
        await SignInAsync(DemoPeople.Priya);

        var cut = Render<BoardPage>(p => p.Add(c => c.Key, "no-such-board"));
        await cut.WaitForElementAsync("[data-testid=error-state]");

        Assert.Contains("There is no board with the key 'no-such-board'.", cut.ByTestId("error-state").TextContent);
    }

    [Fact]
    public async Task Editor_CreatingABoardWithoutMembers_ShowsWhatIsMissingBesideTheFields_AndCreatesNothing()
    {
        await SignInAsync(DemoPeople.Alex);
        RenderPopoverProvider();
        var cut = Render<BoardEditor>();
        await cut.WaitForElementAsync("[data-testid=save-board]");
        await cut.FillAsync("field-key", "pricing-cab");
        await cut.FillAsync("field-name", "Pricing CAB");

        await cut.ClickAsync("save-board");

        Assert.Equal("A board needs members: the people who vote on its changes.", cut.ErrorBeside("field-add-member"));
        Assert.Contains("Name the chair", cut.ErrorBeside("field-chair"));
        Assert.Null(await Get<BoardQueries>().GetAsync("pricing-cab"));
        Assert.Equal("http://localhost/", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Editor_RemovingAMemberAndSaving_UpdatesTheBoardAndOpensIt()
    {
        await SignInAsync(DemoPeople.Alex);
        RenderPopoverProvider();
        var cut = Render<BoardEditor>(p => p.Add(c => c.Key, DemoBoard));
        await cut.WaitForElementAsync("[data-testid=member-chip]");
        Assert.Equal("Model Risk Change Advisory Board", cut.ValueOf("field-name"));

        var marcus = cut.FindAll("[data-testid=member-chip]").Single(c => c.TextContent.Contains("Marcus Chen"));
        await marcus.QuerySelector("button")!.ClickAsync(new());
        await cut.ClickAsync("save-board");

        var board = (await Get<BoardQueries>().GetAsync(DemoBoard))!;
        Assert.Equal(["Daniel Okafor", "Yuki Tanaka"], board.Members.Select(m => m.DisplayName));
        Assert.Equal(2, board.Revision);
        Assert.Equal($"http://localhost/cab/boards/{DemoBoard}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Editor_SavingByAnyoneButAnAdministrator_ShowsTheRefusal()
    {
        await SignInAsync(DemoPeople.Priya);
        RenderPopoverProvider();
        var cut = Render<BoardEditor>(p => p.Add(c => c.Key, DemoBoard));
        await cut.WaitForElementAsync("[data-testid=save-board]");

        await cut.ClickAsync("save-board");

        Assert.Contains("Only an administrator", cut.ByTestId("form-error").TextContent);
        Assert.Equal(1, (await Get<BoardQueries>().GetAsync(DemoBoard))!.Revision);
    }
}
