using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Models;

public sealed class ModelVersionTests
{
    private static readonly Guid RegisteredBy = Guid.NewGuid();

    private readonly Model _model = Build.Model();
    private readonly DatasetVersion _loans = Build.DatasetVersion();

    [Fact]
    public void Register_FirstVersionAsMajor_PinsEverythingAsADraft()
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { Notes = "  " };

        var version = ModelVersion.Register(_model, registration, [_loans], null, RegisteredBy, Build.Now);

        Assert.Equal(_model.Id, version.ModelId);
        Assert.Equal("2.1.0", version.Label);
        Assert.Equal(ModelStage.Draft, version.Stage);
        Assert.Equal(ChangeClass.Major, version.ChangeClass);
        Assert.Equal(Build.ArtifactSha256, version.ArtifactSha256);
        Assert.Equal(Build.Commit, version.CodeCommit);
        Assert.Equal(Build.EnvironmentLockHash, version.EnvironmentLockHash);
        Assert.Null(version.Notes);
        Assert.Equal(RegisteredBy, version.RegisteredById);
        Assert.Equal(Build.Now, version.RegisteredAt);
        var pinned = Assert.Single(version.Datasets);
        Assert.Equal(_loans.Id, pinned.DatasetVersionId);
        Assert.Equal(version.Id, pinned.ModelVersionId);
    }

    [Theory]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08f")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g")]
    [InlineData("sha1:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("")]
    public void Register_WithMalformedArtifactSha256_IsRefused(string sha256)
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { ArtifactSha256 = sha256 };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        Assert.Equal(nameof(VersionRegistration.ArtifactSha256), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Register_WithMalformedEnvironmentLockHash_IsRefused()
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { EnvironmentLockHash = "poetry.lock" };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        Assert.Equal(nameof(VersionRegistration.EnvironmentLockHash), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData("3b18e51")]
    [InlineData("3b18e512dba79e4c8300dd08aeb37f8e728b8da")]
    [InlineData("main")]
    public void Register_WithAbbreviatedCommitOrBranchName_IsRefused(string commit)
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { CodeCommit = commit };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        Assert.Equal(nameof(VersionRegistration.CodeCommit), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Register_WithSha256RepositoryCommit_IsAccepted()
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { CodeCommit = Build.ArtifactSha256 };

        var version = Register(registration, [_loans]);

        Assert.Equal(Build.ArtifactSha256, version.CodeCommit);
    }

    [Fact]
    public void Register_WithoutDatasetVersions_IsRefused()
    {
        var registration = Build.Registration(ChangeClass.Major);

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, []));

        Assert.Equal(nameof(VersionRegistration.DatasetVersionIds), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Register_WithDatasetVersionsUnknownToThePortal_IsRefused()
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { DatasetVersionIds = [_loans.Id, Guid.NewGuid()] };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(nameof(VersionRegistration.DatasetVersionIds), error.Key);
        Assert.Contains("1 of the named dataset versions", Assert.Single(error.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".2")]
    [InlineData("2.1 beta")]
    [InlineData("v2/1")]
    [InlineData("a0123456789012345678901234567890123456789012345678901234567890123")]
    public void Register_WithInvalidLabel_IsRefused(string label)
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { Label = label };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        Assert.Equal(nameof(VersionRegistration.Label), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData("models/credit/model.onnx")]
    [InlineData("model.onnx")]
    [InlineData("")]
    public void Register_WithRelativeArtifactUri_IsRefused(string uri)
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { ArtifactUri = uri };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        Assert.Equal(nameof(VersionRegistration.ArtifactUri), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Register_WithBareServerPathAsArtifactUri_IsRefusedOnEveryPlatform()
    {
        // .NET reads "/models/..." as an absolute file URI on Linux only; a path on some server pins nothing reproducible.
        var registration = Build.Registration(ChangeClass.Major, _loans) with { ArtifactUri = "/models/credit/2.1.0/model.onnx" };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        Assert.Equal(nameof(VersionRegistration.ArtifactUri), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData("https://git.example.com/team/model")]
    [InlineData("git@git.example.com:team/model.git")]
    public void Register_WithRepositoryUrlOrScpLikeAddress_IsAccepted(string repository)
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { CodeRepository = repository };

        var version = Register(registration, [_loans]);

        Assert.Equal(repository, version.CodeRepository);
    }

    [Theory]
    [InlineData("team/model")]
    [InlineData("ftp://git.example.com/team/model")]
    public void Register_WithCodeRepositoryThatIsNotARepositoryAddress_IsRefused(string repository)
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with { CodeRepository = repository };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, [_loans]));

        Assert.Equal(nameof(VersionRegistration.CodeRepository), Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Register_WithSeveralProblems_ReportsThemAllAtOnce()
    {
        var registration = Build.Registration(ChangeClass.Major) with { Label = "", ArtifactSha256 = "x", CodeCommit = "abc1234" };

        var refused = Assert.Throws<ValidationFailedException>(() => Register(registration, []));

        Assert.Equal(
            new[] { "ArtifactSha256", "CodeCommit", "DatasetVersionIds", "Label" },
            refused.Errors.Keys.Order());
    }

    [Fact]
    public void Register_FirstVersionAsMinor_IsRefused()
    {
        var registration = Build.Registration(ChangeClass.Minor, _loans);

        var refused = Assert.Throws<DomainRuleException>(() => ModelVersion.Register(_model, registration, [_loans], null, RegisteredBy, Build.Now));

        Assert.Contains("first version", refused.Message);
    }

    [Fact]
    public void Register_MinorReadingANewSourceSystem_IsRefused()
    {
        var bureau = Build.DatasetVersion(Build.Dataset(Build.Source("credit-bureau"), "bureau-scores"));
        var registration = Build.Registration(ChangeClass.Minor, _loans, bureau);
        var predecessorSources = new HashSet<Guid> { _loans.Dataset!.SourceSystemId };

        var refused = Assert.Throws<DomainRuleException>(() =>
            ModelVersion.Register(_model, registration, [_loans, bureau], predecessorSources, RegisteredBy, Build.Now));

        Assert.Contains("new data source", refused.Message);
    }

    [Fact]
    public void Register_MinorReadingTheSameSourceSystems_IsAccepted()
    {
        var newerLoans = Build.DatasetVersion(_loans.Dataset, "2026-11-01");
        var registration = Build.Registration(ChangeClass.Minor, newerLoans);
        var predecessorSources = new HashSet<Guid> { _loans.Dataset!.SourceSystemId };

        var version = ModelVersion.Register(_model, registration, [newerLoans], predecessorSources, RegisteredBy, Build.Now);

        Assert.Equal(ChangeClass.Minor, version.ChangeClass);
        Assert.Equal(newerLoans.Id, Assert.Single(version.Datasets).DatasetVersionId);
    }

    [Fact]
    public void Register_MajorReadingANewSourceSystem_IsAccepted()
    {
        var bureau = Build.DatasetVersion(Build.Dataset(Build.Source("credit-bureau"), "bureau-scores"));
        var registration = Build.Registration(ChangeClass.Major, _loans, bureau);
        var predecessorSources = new HashSet<Guid> { _loans.Dataset!.SourceSystemId };

        var version = ModelVersion.Register(_model, registration, [_loans, bureau], predecessorSources, RegisteredBy, Build.Now);

        Assert.Equal(2, version.Datasets.Count);
    }

    [Fact]
    public void Register_NormalisesHashesToLowerCaseWithoutSha256Prefix()
    {
        var registration = Build.Registration(ChangeClass.Major, _loans) with
        {
            ArtifactSha256 = "sha256:" + Build.ArtifactSha256.ToUpperInvariant(),
            EnvironmentLockHash = " SHA256:" + Build.EnvironmentLockHash.ToUpperInvariant() + " ",
            CodeCommit = Build.Commit.ToUpperInvariant(),
        };

        var version = Register(registration, [_loans]);

        Assert.Equal(Build.ArtifactSha256, version.ArtifactSha256);
        Assert.Equal(Build.EnvironmentLockHash, version.EnvironmentLockHash);
        Assert.Equal(Build.Commit, version.CodeCommit);
    }

    private ModelVersion Register(VersionRegistration registration, IReadOnlyCollection<DatasetVersion> trainedOn) =>
        ModelVersion.Register(_model, registration, trainedOn, null, RegisteredBy, Build.Now);
}
