using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage.Dvc;
using CompliancePortal.Testing.Lineage;

namespace CompliancePortal.Core.Tests.Lineage;

public sealed class DvcLockReaderTests
{
    [Fact]
    public void AThreeStagePipeline_IsReadWithCommandsParamsDepsAndOuts()
    {
        var stages = DvcLockReader.Read(DvcLockFiles.Pipeline());

        Assert.Equal(["prepare", "featurize", "train"], stages.Select(s => s.Name));
        var prepare = stages[0];
        Assert.Equal(["data/raw/applications.csv", "src/prepare.py"], prepare.Deps.Select(d => d.Path));
        Assert.Equal("153aad06d376b6595932470e459ef42a.dir", Assert.Single(prepare.Outs).Md5);
        Assert.Equal(2, prepare.Outs[0].Files);
        Assert.Contains("\"prepare.seed\":20170428", prepare.ParamsJson);
        Assert.Contains(" && python src/check_features.py", stages[1].Command);
    }

    [Fact]
    public void AnEntryHashedOtherThanWithMd5_IsRefusedByItsPath()
    {
        var text = "schema: '2.0'\nstages:\n  s:\n    cmd: x\n    deps:\n    - path: a\n      hash: sha256\n      sha256: ab\n";

        var refused = Assert.Throws<ValidationFailedException>(() => DvcLockReader.Read(text));

        Assert.Contains("stages.s.deps[0].hash", refused.Errors.Keys);
    }

    [Fact]
    public void AStageWithoutACommand_IsRefused()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => DvcLockReader.Read("schema: '2.0'\nstages:\n  s:\n    outs: []\n"));

        Assert.Contains("stages.s.cmd", refused.Errors.Keys);
    }
}
