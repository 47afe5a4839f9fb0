using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SplitAttemptPaper : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Paper",
                table: "Learning_ExamAttempts");

            migrationBuilder.AddColumn<int>(
                name: "QuestionCount",
                table: "Learning_ExamAttempts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Learning_ExamAttemptPapers",
                columns: table => new
                {
                    AttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    Paper = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_ExamAttemptPapers", x => x.AttemptId);
                    table.ForeignKey(
                        name: "FK_Learning_ExamAttemptPapers_Learning_ExamAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "Learning_ExamAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_ExamAttemptPapers");

            migrationBuilder.DropColumn(
                name: "QuestionCount",
                table: "Learning_ExamAttempts");

            migrationBuilder.AddColumn<string>(
                name: "Paper",
                table: "Learning_ExamAttempts",
                type: "text",
                maxLength: 2147483647,
                nullable: false,
                defaultValue: "");
        }
    }
}
