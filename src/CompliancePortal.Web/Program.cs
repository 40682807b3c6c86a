using CompliancePortal.Web.Api;
using CompliancePortal.Web.Approvals;
using CompliancePortal.Web.AuditPacks;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.Components;
using CompliancePortal.Web.Health;
using CompliancePortal.Web.Hosting;
using CompliancePortal.Web.Jobs;
using CompliancePortal.Web.Revalidation;

var builder = WebApplication.CreateBuilder(args);

builder.AddRootSettings();
builder.AddPortalDatabase();
builder.AddPortalAuthentication();
builder.AddPortalJobs();
builder.AddPortalAuditPacks();
builder.AddPortalApi();
builder.AddPortalApprovals();
builder.AddPortalHealthChecks();
builder.AddPortalUi();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UsePortalErrorHandling();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapPortalAccountEndpoints();
app.MapPortalApi();
app.MapCalendarFeeds();
app.MapPortalJobsDashboard();
app.MapPortalHealthChecks();
app.MapPortalUi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
