using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CabReviewsAndMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndedBecause",
                table: "PromotionRequests",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CabMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CallLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ScheduledById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    MinutesMarkdown = table.Column<string>(type: "TEXT", nullable: true),
                    MinutesSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CabMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CabMeetings_ChangeAdvisoryBoards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "ChangeAdvisoryBoards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CabMeetings_People_ScheduledById",
                        column: x => x.ScheduledById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChangeReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModelVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionLabel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangeClass = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PromotionRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FollowUpId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InterestedIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WhatChanges = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Why = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Likelihood = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Impact = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ImpactIfItFails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TestEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RollbackPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RiskScore = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgendaPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    VotingOpensAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VotingClosesAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TallyJson = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeReviews_CabMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CabMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChangeReviews_ChangeAdvisoryBoards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "ChangeAdvisoryBoards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChangeReviews_ModelVersions_ModelVersionId",
                        column: x => x.ModelVersionId,
                        principalTable: "ModelVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChangeReviews_Models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "Models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChangeReviews_People_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CabConditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DoneById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConfirmedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConfirmedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CabConditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CabConditions_ChangeReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "ChangeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CabVotes",
                columns: table => new
                {
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CastAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CabVotes", x => new { x.ReviewId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_CabVotes_ChangeReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "ChangeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CabVotes_People_MemberId",
                        column: x => x.MemberId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CabConditions_ReviewId_Number",
                table: "CabConditions",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CabMeetings_BoardId_StartsAt",
                table: "CabMeetings",
                columns: new[] { "BoardId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CabMeetings_ScheduledById",
                table: "CabMeetings",
                column: "ScheduledById");

            migrationBuilder.CreateIndex(
                name: "IX_CabVotes_MemberId",
                table: "CabVotes",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeReviews_BoardId",
                table: "ChangeReviews",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeReviews_MeetingId",
                table: "ChangeReviews",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeReviews_ModelId",
                table: "ChangeReviews",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeReviews_ModelVersionId_OpenedAt",
                table: "ChangeReviews",
                columns: new[] { "ModelVersionId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeReviews_PromotionRequestId",
                table: "ChangeReviews",
                column: "PromotionRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeReviews_RequestedById",
                table: "ChangeReviews",
                column: "RequestedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CabConditions");

            migrationBuilder.DropTable(
                name: "CabVotes");

            migrationBuilder.DropTable(
                name: "ChangeReviews");

            migrationBuilder.DropTable(
                name: "CabMeetings");

            migrationBuilder.DropColumn(
                name: "EndedBecause",
                table: "PromotionRequests");
        }
    }
}
