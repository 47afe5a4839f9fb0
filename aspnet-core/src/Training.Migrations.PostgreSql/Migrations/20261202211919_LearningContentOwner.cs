using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LearningContentOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Learning_QuestionCategories_Name",
                table: "Learning_QuestionCategories");

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerHallId",
                table: "Learning_QuestionCategories",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerHallId",
                table: "Learning_Exams",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerHallId",
                table: "Learning_Courses",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuestionCategories_Name_City",
                table: "Learning_QuestionCategories",
                column: "Name",
                unique: true,
                filter: "\"OwnerHallId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuestionCategories_OwnerHallId_Name",
                table: "Learning_QuestionCategories",
                columns: new[] { "OwnerHallId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Exams_OwnerHallId",
                table: "Learning_Exams",
                column: "OwnerHallId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Courses_OwnerHallId",
                table: "Learning_Courses",
                column: "OwnerHallId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Learning_QuestionCategories_Name_City",
                table: "Learning_QuestionCategories");

            migrationBuilder.DropIndex(
                name: "IX_Learning_QuestionCategories_OwnerHallId_Name",
                table: "Learning_QuestionCategories");

            migrationBuilder.DropIndex(
                name: "IX_Learning_Exams_OwnerHallId",
                table: "Learning_Exams");

            migrationBuilder.DropIndex(
                name: "IX_Learning_Courses_OwnerHallId",
                table: "Learning_Courses");

            migrationBuilder.DropColumn(
                name: "OwnerHallId",
                table: "Learning_QuestionCategories");

            migrationBuilder.DropColumn(
                name: "OwnerHallId",
                table: "Learning_Exams");

            migrationBuilder.DropColumn(
                name: "OwnerHallId",
                table: "Learning_Courses");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuestionCategories_Name",
                table: "Learning_QuestionCategories",
                column: "Name",
                unique: true);
        }
    }
}
