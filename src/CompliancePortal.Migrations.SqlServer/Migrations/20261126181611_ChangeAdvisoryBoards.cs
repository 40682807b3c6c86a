using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ChangeAdvisoryBoards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeAdvisoryBoards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ChairId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Quorum = table.Column<int>(type: "int", nullable: false),
                    DecisionRule = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ScopeRiskTiers = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ScopeModelKeys = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeAdvisoryBoards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeAdvisoryBoards_People_ChairId",
                        column: x => x.ChairId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardMembers",
                columns: table => new
                {
                    BoardId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardMembers", x => new { x.BoardId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_BoardMembers_ChangeAdvisoryBoards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "ChangeAdvisoryBoards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardMembers_PersonId",
                table: "BoardMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeAdvisoryBoards_ChairId",
                table: "ChangeAdvisoryBoards",
                column: "ChairId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeAdvisoryBoards_Key",
                table: "ChangeAdvisoryBoards",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeAdvisoryBoards_Name",
                table: "ChangeAdvisoryBoards",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardMembers");

            migrationBuilder.DropTable(
                name: "ChangeAdvisoryBoards");
        }
    }
}
