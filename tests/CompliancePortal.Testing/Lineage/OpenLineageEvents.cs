using System.Text.Json.Nodes;

namespace CompliancePortal.Testing.Lineage;

/// <summary>
/// OpenLineage 2-0-2 events shaped as real producers send them: the Airflow provider, the Spark listener, dbt, and a
/// training script using the Python client. Tests change one field to make an event invalid.
/// </summary>
public static class OpenLineageEvents
{
    public const string Schema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
    public const string AirflowProducer = "https://github.com/apache/airflow/tree/providers-openlineage/1.14.0";
    public const string SparkProducer = "https://github.com/OpenLineage/OpenLineage/tree/1.24.2/integration/spark";
    public const string DbtProducer = "https://github.com/OpenLineage/OpenLineage/tree/1.24.2/integration/dbt";
    public const string PythonProducer = "https://github.com/OpenLineage/OpenLineage/tree/1.24.2/client/python";
    public const string Commit = "4f2a9c1b7e4d3a6b8c0d1e2f3a4b5c6d7e8f9a0b";

    /// <summary>An Airflow task extracting loan applications from PostgreSQL to the lake.</summary>
    public static JsonObject Airflow(string eventType, Guid runId, DateTimeOffset at, string dag, string table, string lakePath) => new()
    {
        ["eventType"] = eventType,
        ["eventTime"] = Time(at),
        ["producer"] = AirflowProducer,
        ["schemaURL"] = Schema,
        ["run"] = new JsonObject
        {
            ["runId"] = runId.ToString(),
            ["facets"] = new JsonObject
            {
                ["nominalTime"] = Facet("NominalTimeRunFacet", new() { ["nominalStartTime"] = Time(at.Date) }),
                ["airflow"] = Facet("AirflowRunFacet", new()
                {
                    ["dag"] = new JsonObject { ["dag_id"] = dag, ["schedule_interval"] = "@daily" },
                    ["taskInstance"] = new JsonObject { ["try_number"] = 1, ["pool"] = "default_pool" },
                }, AirflowProducer),
            },
        },
        ["job"] = new JsonObject
        {
            ["namespace"] = "airflow-prod",
            ["name"] = $"{dag}.extract_applications",
            ["facets"] = new JsonObject
            {
                ["jobType"] = Facet("JobTypeJobFacet", new() { ["processingType"] = "BATCH", ["integration"] = "AIRFLOW", ["jobType"] = "TASK" }),
                ["sourceCodeLocation"] = Facet("SourceCodeLocationJobFacet", new()
                {
                    ["type"] = "git",
                    ["url"] = "https://git.example.com/data/loans-etl/blob/main/dags/loans.py",
                    ["repoUrl"] = "https://git.example.com/data/loans-etl.git",
                    ["path"] = "dags/loans.py",
                    ["version"] = Commit,
                    ["branch"] = "main",
                }),
            },
        },
        ["inputs"] = new JsonArray(Dataset("postgres://core-banking.internal:5432", table, new()
        {
            ["schema"] = Facet("SchemaDatasetFacet", new()
            {
                ["fields"] = new JsonArray(
                    new JsonObject { ["name"] = "application_id", ["type"] = "BIGINT" },
                    new JsonObject { ["name"] = "requested_amount", ["type"] = "NUMERIC(12,2)" }),
            }),
            ["dataSource"] = Facet("DatasourceDatasetFacet", new() { ["name"] = "core-banking", ["uri"] = "postgres://core-banking.internal:5432" }),
        })),
        ["outputs"] = new JsonArray(WithOutputStatistics(Dataset("s3://contoso-lake", lakePath, []), 48210)),
    };

    /// <summary>A Spark job writing features, a child of an Airflow run.</summary>
    public static JsonObject Spark(string eventType, Guid runId, Guid parentRunId, DateTimeOffset at, string input, string output) => new()
    {
        ["eventType"] = eventType,
        ["eventTime"] = Time(at),
        ["producer"] = SparkProducer,
        ["schemaURL"] = Schema,
        ["run"] = new JsonObject
        {
            ["runId"] = runId.ToString(),
            ["facets"] = new JsonObject
            {
                ["parent"] = Facet("ParentRunFacet", new()
                {
                    ["run"] = new JsonObject { ["runId"] = parentRunId.ToString() },
                    ["job"] = new JsonObject { ["namespace"] = "airflow-prod", ["name"] = "loans_features.build" },
                }),
                ["processing_engine"] = Facet("ProcessingEngineRunFacet", new() { ["version"] = "3.5.1", ["name"] = "spark" }),
                ["spark_properties"] = Facet("SparkPropertiesFacet", new()
                {
                    ["properties"] = new JsonObject { ["spark.master"] = "yarn", ["spark.app.name"] = "loan_features" },
                }, SparkProducer),
            },
        },
        ["job"] = new JsonObject
        {
            ["namespace"] = "spark-prod",
            ["name"] = "loan_features.execute_insert_into_hadoop_fs_relation_command",
            ["facets"] = new JsonObject
            {
                ["jobType"] = Facet("JobTypeJobFacet", new() { ["processingType"] = "BATCH", ["integration"] = "SPARK", ["jobType"] = "SQL_JOB" }),
            },
        },
        ["inputs"] = new JsonArray(Dataset("s3://contoso-lake", input, [])),
        ["outputs"] = new JsonArray(WithOutputStatistics(Dataset("s3://contoso-lake", output, []), 48190)),
    };

    /// <summary>A dbt model run with explicit dataset versions (the version facet) and a custom facet.</summary>
    public static JsonObject Dbt(string eventType, Guid runId, DateTimeOffset at, string model, string inputVersion, string outputVersion) => new()
    {
        ["eventType"] = eventType,
        ["eventTime"] = Time(at),
        ["producer"] = DbtProducer,
        ["schemaURL"] = Schema,
        ["run"] = new JsonObject
        {
            ["runId"] = runId.ToString(),
            ["facets"] = new JsonObject
            {
                ["dbt_version"] = Facet("DbtVersionRunFacet", new() { ["version"] = "1.8.7" }, DbtProducer),
                ["contoso_ticket"] = new JsonObject
                {
                    ["_producer"] = "https://git.example.com/data/lineage-hooks",
                    ["_schemaURL"] = "https://git.example.com/data/lineage-hooks/ticket.json",
                    ["ticket"] = "CHG-4411",
                    ["approvers"] = new JsonArray("m.chen", "d.okafor"),
                },
            },
        },
        ["job"] = new JsonObject
        {
            ["namespace"] = "dbt",
            ["name"] = $"analytics.credit.{model}",
            ["facets"] = new JsonObject
            {
                ["jobType"] = Facet("JobTypeJobFacet", new() { ["processingType"] = "BATCH", ["integration"] = "DBT", ["jobType"] = "MODEL" }),
                ["sql"] = Facet("SQLJobFacet", new() { ["query"] = $"select * from {{{{ ref('stg_{model}') }}}}" }),
            },
        },
        ["inputs"] = new JsonArray(Dataset("postgres://warehouse.internal:5432", $"analytics.staging.stg_{model}", new()
        {
            ["version"] = Facet("DatasetVersionDatasetFacet", new() { ["datasetVersion"] = inputVersion }),
        })),
        ["outputs"] = new JsonArray(Dataset("postgres://warehouse.internal:5432", $"analytics.credit.{model}", new()
        {
            ["version"] = Facet("DatasetVersionDatasetFacet", new() { ["datasetVersion"] = outputVersion }),
        })),
    };

    /// <summary>A training script (Python client) reading features and writing the model artifact.</summary>
    public static JsonObject Training(string eventType, Guid runId, DateTimeOffset at, string featuresPath, string artifactUri)
    {
        var slash = artifactUri.IndexOf('/', artifactUri.IndexOf("://", StringComparison.Ordinal) + 3);
        return new JsonObject
        {
            ["eventType"] = eventType,
            ["eventTime"] = Time(at),
            ["producer"] = PythonProducer,
            ["schemaURL"] = Schema,
            ["run"] = new JsonObject { ["runId"] = runId.ToString(), ["facets"] = new JsonObject() },
            ["job"] = new JsonObject
            {
                ["namespace"] = "ml-training",
                ["name"] = "credit_pd.train",
                ["facets"] = new JsonObject
                {
                    ["sourceCodeLocation"] = Facet("SourceCodeLocationJobFacet", new()
                    {
                        ["type"] = "git", ["url"] = "https://git.example.com/risk/credit-pd.git", ["version"] = Commit, ["path"] = "train.py",
                    }),
                },
            },
            ["inputs"] = new JsonArray(Dataset("s3://contoso-lake", featuresPath, [])),
            ["outputs"] = new JsonArray(Dataset(artifactUri[..slash], artifactUri[(slash + 1)..], [])),
        };
    }

    public static JsonObject DatasetEvent(string ns, string name, DateTimeOffset at, JsonObject facets) => new()
    {
        ["eventTime"] = Time(at),
        ["producer"] = PythonProducer,
        ["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent",
        ["dataset"] = new JsonObject { ["namespace"] = ns, ["name"] = name, ["facets"] = facets },
    };

    public static JsonObject JobEvent(string ns, string name, DateTimeOffset at, string input, string output) => new()
    {
        ["eventTime"] = Time(at),
        ["producer"] = PythonProducer,
        ["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent",
        ["job"] = new JsonObject
        {
            ["namespace"] = ns, ["name"] = name,
            ["facets"] = new JsonObject { ["documentation"] = Facet("DocumentationJobFacet", new() { ["description"] = "Nightly scoring batch." }) },
        },
        ["inputs"] = new JsonArray(Dataset("s3://contoso-lake", input, [])),
        ["outputs"] = new JsonArray(Dataset("s3://contoso-lake", output, [])),
    };

    public static JsonObject Facet(string schema, JsonObject fields, string producer = PythonProducer)
    {
        var facet = new JsonObject
        {
            ["_producer"] = producer,
            ["_schemaURL"] = $"https://openlineage.io/spec/facets/1-0-1/{schema}.json#/$defs/{schema}",
        };
        foreach (var (name, value) in fields)
        {
            facet[name] = value?.DeepClone();
        }
        return facet;
    }

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    private static JsonObject Dataset(string ns, string name, JsonObject facets) =>
        new() { ["namespace"] = ns, ["name"] = name, ["facets"] = facets };

    private static JsonObject WithOutputStatistics(JsonObject dataset, long rows)
    {
        dataset["outputFacets"] = new JsonObject
        {
            ["outputStatistics"] = Facet("OutputStatisticsOutputDatasetFacet", new() { ["rowCount"] = rows, ["size"] = rows * 212 }),
        };
        return dataset;
    }
}
