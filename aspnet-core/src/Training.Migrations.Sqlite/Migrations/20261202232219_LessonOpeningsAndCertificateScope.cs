using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LessonOpeningsAndCertificateScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Learning_Certificates_HallId_UnitId",
                table: "Learning_Certificates");

            migrationBuilder.CreateTable(
                name: "Learning_LessonOpenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_LessonOpenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_LessonOpenings_Learning_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Learning_Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Learning_LessonOpenings_Learning_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Learning_Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_LessonOpenings_EnrollmentId_LessonId",
                table: "Learning_LessonOpenings",
                columns: new[] { "EnrollmentId", "LessonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_LessonOpenings_LessonId",
                table: "Learning_LessonOpenings",
                column: "LessonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_LessonOpenings");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Certificates_HallId_UnitId",
                table: "Learning_Certificates",
                columns: new[] { "HallId", "UnitId" });
        }
    }
}
