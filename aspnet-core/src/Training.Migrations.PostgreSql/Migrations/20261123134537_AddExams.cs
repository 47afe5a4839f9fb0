using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "zh_pinyin"),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsPreJob = table.Column<bool>(type: "boolean", nullable: false),
                    PaperMode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    QuestionIds = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false),
                    PointsPerQuestion = table.Column<int>(type: "integer", nullable: false),
                    Rules = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "integer", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MaxAttempts = table.Column<int>(type: "integer", nullable: false),
                    PassPercent = table.Column<int>(type: "integer", nullable: false),
                    GradingPolicy = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "boolean", nullable: false),
                    ShuffleOptions = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Exams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_ExamAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExamId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Deadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Paper = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false),
                    Answers = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    MaxScore = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
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
