using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AttemptAcceptsUntil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Learning_ExamAttempts_Status_Deadline",
                table: "Learning_ExamAttempts");

            migrationBuilder.AddColumn<DateTime>(
                name: "AcceptsUntil",
                table: "Learning_ExamAttempts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Attempts that exist already accept until their deadline (the grace is fixed at start from now on).
            migrationBuilder.Sql("UPDATE \"Learning_ExamAttempts\" SET \"AcceptsUntil\" = \"Deadline\";");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAttempts_Status_AcceptsUntil",
                table: "Learning_ExamAttempts",
                columns: new[] { "Status", "AcceptsUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Learning_ExamAttempts_Status_AcceptsUntil",
                table: "Learning_ExamAttempts");

            migrationBuilder.DropColumn(
                name: "AcceptsUntil",
                table: "Learning_ExamAttempts");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExamAttempts_Status_Deadline",
                table: "Learning_ExamAttempts",
                columns: new[] { "Status", "Deadline" });
        }
    }
}
