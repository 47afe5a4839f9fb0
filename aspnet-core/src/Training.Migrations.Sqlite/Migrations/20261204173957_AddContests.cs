using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddContests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRestricted",
                table: "Learning_Exams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Contests_Contests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerHallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeHallIds = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    EntryMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TeamSize = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryOpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EntryClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreditHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    ShowNamesOnBoard = table.Column<bool>(type: "INTEGER", nullable: false),
                    AwardTiers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnnouncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisplayTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_Contests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Contests_Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_ExamAudienceMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_ExamAudienceMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_ExamAudienceMembers_Learning_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Learning_Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    HoursHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_TrainingRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Contests_ContestStaffRoles",
                columns: table => new
                {
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_ContestStaffRoles", x => new { x.ContestId, x.StaffId, x.Role });
                    table.ForeignKey(
                        name: "FK_Contests_ContestStaffRoles_Contests_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests_Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contests_Entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DrawNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    NominatedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_Entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contests_Entries_Contests_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests_Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contests_Rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 2080, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_Rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contests_Rounds_Contests_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests_Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contests_Awards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    FinalScore = table.Column<double>(type: "REAL", nullable: false),
                    ComputedTier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    EditReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EditedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_Awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contests_Awards_Contests_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests_Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contests_Awards_Contests_Entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Contests_Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Contests_EntryMembers",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_EntryMembers", x => new { x.EntryId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_Contests_EntryMembers_Contests_Entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Contests_Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contests_RoundJudges",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_RoundJudges", x => new { x.RoundId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_Contests_RoundJudges_Contests_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Contests_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contests_ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionScores = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Total = table.Column<double>(type: "REAL", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Locked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contests_ScoreSheets_Contests_Entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Contests_Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contests_ScoreSheets_Contests_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Contests_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contests_AwardCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_AwardCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contests_AwardCertificates_Contests_Awards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "Contests_Awards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contests_SheetCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OldScores = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    NewScores = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests_SheetCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contests_SheetCorrections_Contests_ScoreSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "Contests_ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_AwardCertificates_AwardId_StaffId",
                table: "Contests_AwardCertificates",
                columns: new[] { "AwardId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contests_AwardCertificates_Code",
                table: "Contests_AwardCertificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contests_AwardCertificates_StaffId",
                table: "Contests_AwardCertificates",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Awards_ContestId_EntryId",
                table: "Contests_Awards",
                columns: new[] { "ContestId", "EntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Awards_EntryId",
                table: "Contests_Awards",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Contests_DisplayTokenHash",
                table: "Contests_Contests",
                column: "DisplayTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Contests_OwnerHallId",
                table: "Contests_Contests",
                column: "OwnerHallId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Contests_State_EntryClosesAt",
                table: "Contests_Contests",
                columns: new[] { "State", "EntryClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_ContestStaffRoles_StaffId",
                table: "Contests_ContestStaffRoles",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Entries_ContestId_DrawNumber",
                table: "Contests_Entries",
                columns: new[] { "ContestId", "DrawNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Entries_ContestId_State",
                table: "Contests_Entries",
                columns: new[] { "ContestId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_EntryMembers_ContestId_StaffId",
                table: "Contests_EntryMembers",
                columns: new[] { "ContestId", "StaffId" });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_EntryMembers_StaffId",
                table: "Contests_EntryMembers",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Outbox_ProcessedAt_OccurredAt",
                table: "Contests_Outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_RoundJudges_StaffId",
                table: "Contests_RoundJudges",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Rounds_ContestId_Order",
                table: "Contests_Rounds",
                columns: new[] { "ContestId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Rounds_ExamId",
                table: "Contests_Rounds",
                column: "ExamId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_ScoreSheets_ContestId",
                table: "Contests_ScoreSheets",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_ScoreSheets_EntryId",
                table: "Contests_ScoreSheets",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_ScoreSheets_JudgeStaffId_RoundId",
                table: "Contests_ScoreSheets",
                columns: new[] { "JudgeStaffId", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_ScoreSheets_RoundId_EntryId_JudgeStaffId",
                table: "Contests_ScoreSheets",
                columns: new[] { "RoundId", "EntryId", "JudgeStaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contests_SheetCorrections_SheetId",
                table: "Contests_SheetCorrections",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAudienceMembers_ExamId_StaffId",
                table: "Learning_ExamAudienceMembers",
                columns: new[] { "ExamId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAudienceMembers_StaffId",
                table: "Learning_ExamAudienceMembers",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_TrainingRecords_Source_SourceId_StaffId",
                table: "Learning_TrainingRecords",
                columns: new[] { "Source", "SourceId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_TrainingRecords_StaffId_On",
                table: "Learning_TrainingRecords",
                columns: new[] { "StaffId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contests_AwardCertificates");

            migrationBuilder.DropTable(
                name: "Contests_ContestStaffRoles");

            migrationBuilder.DropTable(
                name: "Contests_EntryMembers");

            migrationBuilder.DropTable(
                name: "Contests_Outbox");

            migrationBuilder.DropTable(
                name: "Contests_RoundJudges");

            migrationBuilder.DropTable(
                name: "Contests_SheetCorrections");

            migrationBuilder.DropTable(
                name: "Learning_ExamAudienceMembers");

            migrationBuilder.DropTable(
                name: "Learning_TrainingRecords");

            migrationBuilder.DropTable(
                name: "Contests_Awards");

            migrationBuilder.DropTable(
                name: "Contests_ScoreSheets");

            migrationBuilder.DropTable(
                name: "Contests_Entries");

            migrationBuilder.DropTable(
                name: "Contests_Rounds");

            migrationBuilder.DropTable(
                name: "Contests_Contests");

            migrationBuilder.DropColumn(
                name: "IsRestricted",
                table: "Learning_Exams");
        }
    }
}
