using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Revalidation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RevalidationReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModelId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModelKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProductionVersionLabel = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EvaluationRunId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    OwnerSignature_PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OwnerSignature_DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OwnerSignature_Outcome = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    OwnerSignature_Comments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OwnerSignature_SignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ComplianceOfficerSignature_PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ComplianceOfficerSignature_DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ComplianceOfficerSignature_Outcome = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    ComplianceOfficerSignature_Comments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ComplianceOfficerSignature_SignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    SignedOffAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevalidationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevalidationReviews_EvaluationRuns_EvaluationRunId",
                        column: x => x.EvaluationRunId,
                        principalTable: "EvaluationRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RevalidationReviews_Models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "Models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RevalidationReviews_EvaluationRunId",
                table: "RevalidationReviews",
                column: "EvaluationRunId");

            migrationBuilder.CreateIndex(
                name: "IX_RevalidationReviews_ModelId_DueAt",
                table: "RevalidationReviews",
                columns: new[] { "ModelId", "DueAt" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RevalidationReviews");
        }
    }
}
