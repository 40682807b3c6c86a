using System.Net;
using System.Net.Http.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Lineage;

/// <summary>Importing a dvc.lock: stages become jobs with a run at the commit; deps and outs become dataset versions keyed by path and md5.</summary>
public abstract class DvcImportApiTests(PortalHost host)
{
    private const string Commit = "9c2e7b1d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e";

    [Fact]
    public async Task ALockFile_BecomesJobsRunsAndDatasetVersions_ChainedThroughSharedOutputs()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var repository = $"https://git.example.com/risk/{Unique.Word()}.git";

        var response = await olivia.PostAsJsonAsync("/api/v1/lineage/dvc", new { repository, commit = Commit, lockFile = DvcLockFiles.Pipeline() });

        var result = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, result.GetProperty("stages").GetInt32());
        Assert.Equal(5, result.GetProperty("datasetVersions").GetInt32());
        Assert.True(result.GetProperty("changed").GetBoolean());
        var job = await (await olivia.GetAsync($"/api/v1/lineage/jobs?namespace={Uri.EscapeDataString(repository)}&name=featurize")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Dvc", job.GetProperty("origin").GetString());
        Assert.Equal(1, job.GetProperty("runCount").GetInt32());
        Assert.Contains("check_features.py", job.GetProperty("facets").GetProperty("dvc_stage").GetProperty("cmd").GetString());
        var prepared = await (await olivia.GetAsync($"/api/v1/lineage/datasets?namespace={Uri.EscapeDataString(repository)}&name=data/prepared"))
            .ExpectAsync(HttpStatusCode.OK);
        var version = Assert.Single(prepared.GetProperty("versions").EnumerateArray());
        Assert.Equal("153aad06d376b6595932470e459ef42a.dir", version.GetProperty("label").GetString());
    }

    [Fact]
    public async Task TheSameLockFileAtTheSameCommit_ImportedTwice_ChangesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var repository = $"https://git.example.com/risk/{Unique.Word()}.git";
        var body = new { repository, commit = Commit, lockFile = DvcLockFiles.Pipeline() };
        await (await olivia.PostAsJsonAsync("/api/v1/lineage/dvc", body)).ExpectAsync(HttpStatusCode.OK);
        var before = await audit.CountAsync();

        var again = await (await olivia.PostAsJsonAsync("/api/v1/lineage/dvc", body)).ExpectAsync(HttpStatusCode.OK);

        Assert.False(again.GetProperty("changed").GetBoolean());
        Assert.Equal(before, await audit.CountAsync());
    }

    public static TheoryData<string, string, string> InvalidImports => new()
    {
        { "not YAML", "schema: '2.0'\nstages:\n  prepare: [unclosed", "lockFile" },
        { "schema 1", "schema: '1.0'\nstages:\n  prepare:\n    cmd: x\n", "lockFile" },
        { "no md5", "schema: '2.0'\nstages:\n  prepare:\n    cmd: x\n    outs:\n    - path: data/x\n      size: 3\n", "stages.prepare.outs[0].md5" },
    };

    [Theory]
    [MemberData(nameof(InvalidImports))]
    public async Task InvalidLockFiles_AreRefusedNamingTheProblem_AndNothingIsWritten(string what, string lockFile, string field)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/lineage/dvc", new { repository = "https://git.example.com/x.git", commit = Commit, lockFile });

        await response.ExpectFieldErrorAsync(field);
        Assert.Equal(before, await audit.CountAsync());
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public async Task AnAbbreviatedCommit_IsRefused()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);

        var response = await olivia.PostAsJsonAsync("/api/v1/lineage/dvc",
            new { repository = "https://git.example.com/x.git", commit = "9c2e7b1", lockFile = DvcLockFiles.Pipeline() });

        await response.ExpectFieldErrorAsync("commit");
    }
}
