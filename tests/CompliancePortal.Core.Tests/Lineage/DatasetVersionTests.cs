using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Lineage;

public sealed class DatasetVersionTests
{
    private const string ContentHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private readonly Dataset _dataset = Build.Dataset(key: "loan-applications");

    [Fact]
    public void Capture_WithValidValues_RecordsThemNormalised()
    {
        var capture = new DatasetVersionCapture("2026-10-01", " s3://lake/loans/2026-10-01/ ", "SHA256:" + ContentHash.ToUpperInvariant(),
            120_000, "  ", null);

        var version = DatasetVersion.Capture(_dataset, capture, Build.Now);

        Assert.Equal("2026-10-01", version.Label);
        Assert.Equal("s3://lake/loans/2026-10-01/", version.Uri);
        Assert.Equal(ContentHash, version.ContentHash);
        Assert.Equal(120_000, version.RowCount);
        Assert.Null(version.SchemaHash);
        Assert.Equal(_dataset.Id, version.DatasetId);
        Assert.Equal("loan-applications@2026-10-01", version.Reference);
    }

    [Fact]
    public void Capture_WithoutACaptureTime_IsCapturedWhenRecorded()
    {
        var version = DatasetVersion.Capture(_dataset, Build.Capture(), Build.Now);

        Assert.Equal(Build.Now, version.CapturedAt);
        Assert.Equal(Build.Now, version.RecordedAt);
    }

    [Fact]
    public void Capture_WithACaptureTime_KeepsItApartFromTheRecordingTime()
    {
        var capturedAt = Build.Now.AddDays(-3);

        var version = DatasetVersion.Capture(_dataset, Build.Capture() with { CapturedAt = capturedAt }, Build.Now);

        Assert.Equal(capturedAt, version.CapturedAt);
        Assert.Equal(Build.Now, version.RecordedAt);
    }

    [Fact]
    public void Capture_WithASchemaHash_NormalisesIt()
    {
        var version = DatasetVersion.Capture(_dataset, Build.Capture() with { SchemaHash = "sha256:" + ContentHash.ToUpperInvariant() }, Build.Now);

        Assert.Equal(ContentHash, version.SchemaHash);
    }

    [Theory]
    [InlineData("Label", "")]
    [InlineData("Label", "october 2026")]
    [InlineData("Uri", "lake/loans/2026-10-01")]
    [InlineData("Uri", "")]
    [InlineData("ContentHash", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    [InlineData("ContentHash", "")]
    [InlineData("SchemaHash", "schema-v2")]
    public void Capture_WithAMalformedValue_IsRefused(string field, string value)
    {
        var capture = field switch
        {
            "Label" => Build.Capture() with { Label = value },
            "Uri" => Build.Capture() with { Uri = value },
            "ContentHash" => Build.Capture() with { ContentHash = value },
            _ => Build.Capture() with { SchemaHash = value },
        };

        var refused = Assert.Throws<ValidationFailedException>(() => DatasetVersion.Capture(_dataset, capture, Build.Now));

        Assert.Equal(field, Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Capture_WithANegativeRowCount_IsRefused()
    {
        var capture = Build.Capture() with { RowCount = -1 };

        var refused = Assert.Throws<ValidationFailedException>(() => DatasetVersion.Capture(_dataset, capture, Build.Now));

        Assert.Equal(nameof(DatasetVersionCapture.RowCount), Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(null)]
    public void Capture_WithAnEmptyOrUnknownRowCount_IsAccepted(long? rows)
    {
        var version = DatasetVersion.Capture(_dataset, Build.Capture() with { RowCount = rows }, Build.Now);

        Assert.Equal(rows, version.RowCount);
    }

    [Fact]
    public void Capture_WithABareServerPath_IsRefusedOnEveryPlatform()
    {
        // .NET reads "/data/..." as an absolute file URI on Linux only; the same request must not pass on one host and fail on another.
        var capture = Build.Capture() with { Uri = "/data/loans/2026-10-01/" };

        var refused = Assert.Throws<ValidationFailedException>(() => DatasetVersion.Capture(_dataset, capture, Build.Now));

        Assert.Equal(nameof(DatasetVersionCapture.Uri), Assert.Single(refused.Errors).Key);
    }
}
