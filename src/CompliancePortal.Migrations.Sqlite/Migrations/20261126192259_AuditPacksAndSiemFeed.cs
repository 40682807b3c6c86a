using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditPacksAndSiemFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditPacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VersionLabel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EventsFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventsTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StepsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    StepsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentStep = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ManifestSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditPacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditPacks_Models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "Models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SiemDestinations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Port = table.Column<int>(type: "INTEGER", nullable: true),
                    Transport = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProtectedToken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastDeliveredSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiemDestinations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditPackFiles",
                columns: table => new
                {
                    AuditPackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditPackFiles", x => x.AuditPackId);
                    table.ForeignKey(
                        name: "FK_AuditPackFiles_AuditPacks_AuditPackId",
                        column: x => x.AuditPackId,
                        principalTable: "AuditPacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditPacks_ModelId",
                table: "AuditPacks",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditPacks_ModelKey_RequestedAt",
                table: "AuditPacks",
                columns: new[] { "ModelKey", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditPacks_RequestedAt",
                table: "AuditPacks",
                column: "RequestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditPackFiles");

            migrationBuilder.DropTable(
                name: "SiemDestinations");

            migrationBuilder.DropTable(
                name: "AuditPacks");
        }
    }
}
