using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddExams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Learning_Exams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsPreJob = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaperMode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    PointsPerQuestion = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    PassPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    GradingPolicy = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShuffleOptions = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Exams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_ExamAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Paper = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_ExamAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_ExamAttempts_Learning_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Learning_Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAttempts_ExamId_StaffId_Number",
                table: "Learning_ExamAttempts",
                columns: new[] { "ExamId", "StaffId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAttempts_HallId_UnitId",
                table: "Learning_ExamAttempts",
                columns: new[] { "HallId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAttempts_StaffId_ExamId",
                table: "Learning_ExamAttempts",
                columns: new[] { "StaffId", "ExamId" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAttempts_Status_Deadline",
                table: "Learning_ExamAttempts",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Exams_OpensAt_ClosesAt",
                table: "Learning_Exams",
                columns: new[] { "OpensAt", "ClosesAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_ExamAttempts");

            migrationBuilder.DropTable(
                name: "Learning_Exams");
        }
    }
}
