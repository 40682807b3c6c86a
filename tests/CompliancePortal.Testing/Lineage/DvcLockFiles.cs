namespace CompliancePortal.Testing.Lineage;

/// <summary>dvc.lock files as DVC 3 writes them (schema 2.0), for import tests.</summary>
public static class DvcLockFiles
{
    /// <summary>Three stages: prepare reads raw data, featurize reads prepare's output, train writes the model.</summary>
    public static string Pipeline(string prefix = "data") => $"""
        schema: '2.0'
        stages:
          prepare:
            cmd: python src/prepare.py {prefix}/raw/applications.csv
            deps:
            - path: {prefix}/raw/applications.csv
              hash: md5
              md5: a304afb96060aad90176268345e10355
              size: 37891850
            - path: src/prepare.py
              hash: md5
              md5: f09ea0c15980b43010257ccb9f0055e2
              size: 1576
            params:
              params.yaml:
                prepare.seed: 20170428
                prepare.split: 0.2
            outs:
            - path: {prefix}/prepared
              hash: md5
              md5: 153aad06d376b6595932470e459ef42a.dir
              size: 8437363
              nfiles: 2
          featurize:
            cmd:
            - python src/featurization.py {prefix}/prepared {prefix}/features
            - python src/check_features.py {prefix}/features
            deps:
            - path: {prefix}/prepared
              hash: md5
              md5: 153aad06d376b6595932470e459ef42a.dir
              size: 8437363
              nfiles: 2
            outs:
            - path: {prefix}/features
              hash: md5
              md5: f35d4cc2c552ac959ae602162b8543f3.dir
              size: 2232588
              nfiles: 2
          train:
            cmd: python src/train.py {prefix}/features model.pkl
            deps:
            - path: {prefix}/features
              hash: md5
              md5: f35d4cc2c552ac959ae602162b8543f3.dir
              size: 2232588
              nfiles: 2
            params:
              params.yaml:
                train.n_est: 50
                train.min_split: 0.01
            outs:
            - path: model.pkl
              hash: md5
              md5: 0f7e5a5b6d1a4e0f2c8d9b3a7e6f5d4c
              size: 1872
        """;
}
