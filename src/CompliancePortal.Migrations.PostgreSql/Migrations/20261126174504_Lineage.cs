using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Lineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Namespace",
                table: "SourceSystems",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalVersion",
                table: "DatasetVersions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "DatasetVersions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Registered");

            migrationBuilder.AddColumn<string>(
                name: "ExternalName",
                table: "Datasets",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facets",
                table: "Datasets",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "IdentityHash",
                table: "Datasets",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Namespace",
                table: "Datasets",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LineageEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EventType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EventTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: true),
                    Producer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SchemaUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineageEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LineageJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Namespace = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IdentityHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Facets = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineageJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Predictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PredictionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ModelVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PredictedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceRecords = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Predictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Predictions_ModelVersions_ModelVersionId",
                        column: x => x.ModelVersionId,
                        principalTable: "ModelVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LineageRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstEventAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastEventAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Facets = table.Column<string>(type: "text", nullable: false),
                    CodeRepository = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CodeCommit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CodePath = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ParentRunId = table.Column<Guid>(type: "uuid", nullable: true),
                    ModelVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ModelLink = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineageRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LineageRuns_LineageJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "LineageJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineageRuns_ModelVersions_ModelVersionId",
                        column: x => x.ModelVersionId,
                        principalTable: "ModelVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LineageRunDatasets",
                columns: table => new
                {
                    LineageRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    DatasetVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Facets = table.Column<string>(type: "text", nullable: false),
                    ObservedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineageRunDatasets", x => new { x.LineageRunId, x.DatasetVersionId, x.Direction });
                    table.ForeignKey(
                        name: "FK_LineageRunDatasets_DatasetVersions_DatasetVersionId",
                        column: x => x.DatasetVersionId,
                        principalTable: "DatasetVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineageRunDatasets_LineageRuns_LineageRunId",
                        column: x => x.LineageRunId,
                        principalTable: "LineageRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SourceSystems_Namespace",
                table: "SourceSystems",
                column: "Namespace",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DatasetVersions_DatasetId_CapturedAt",
                table: "DatasetVersions",
                columns: new[] { "DatasetId", "CapturedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_IdentityHash",
                table: "Datasets",
                column: "IdentityHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_Name",
                table: "Datasets",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_LineageEvents_Fingerprint",
                table: "LineageEvents",
                column: "Fingerprint",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LineageEvents_RunId_EventTime",
                table: "LineageEvents",
                columns: new[] { "RunId", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_LineageJobs_IdentityHash",
                table: "LineageJobs",
                column: "IdentityHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LineageJobs_Name",
                table: "LineageJobs",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_LineageRunDatasets_DatasetVersionId_Direction",
                table: "LineageRunDatasets",
                columns: new[] { "DatasetVersionId", "Direction" });

            migrationBuilder.CreateIndex(
                name: "IX_LineageRuns_JobId_FirstEventAt",
                table: "LineageRuns",
                columns: new[] { "JobId", "FirstEventAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LineageRuns_ModelVersionId",
                table: "LineageRuns",
                column: "ModelVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_LineageRuns_RunId",
                table: "LineageRuns",
                column: "RunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Predictions_ModelVersionId_PredictedAt",
                table: "Predictions",
                columns: new[] { "ModelVersionId", "PredictedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Predictions_PredictionId",
                table: "Predictions",
                column: "PredictionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LineageEvents");

            migrationBuilder.DropTable(
                name: "LineageRunDatasets");

            migrationBuilder.DropTable(
                name: "Predictions");

            migrationBuilder.DropTable(
                name: "LineageRuns");

            migrationBuilder.DropTable(
                name: "LineageJobs");

            migrationBuilder.DropIndex(
                name: "IX_SourceSystems_Namespace",
                table: "SourceSystems");

            migrationBuilder.DropIndex(
                name: "IX_DatasetVersions_DatasetId_CapturedAt",
                table: "DatasetVersions");

            migrationBuilder.DropIndex(
                name: "IX_Datasets_IdentityHash",
                table: "Datasets");

            migrationBuilder.DropIndex(
                name: "IX_Datasets_Name",
                table: "Datasets");

            migrationBuilder.DropColumn(
                name: "Namespace",
                table: "SourceSystems");

            migrationBuilder.DropColumn(
                name: "ExternalVersion",
                table: "DatasetVersions");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "DatasetVersions");

            migrationBuilder.DropColumn(
                name: "ExternalName",
                table: "Datasets");

            migrationBuilder.DropColumn(
                name: "Facets",
                table: "Datasets");

            migrationBuilder.DropColumn(
                name: "IdentityHash",
                table: "Datasets");

            migrationBuilder.DropColumn(
                name: "Namespace",
                table: "Datasets");
        }
    }
}
