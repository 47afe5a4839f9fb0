using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddCourses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Learning_Courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "zh_pinyin"),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreditHundredths = table.Column<int>(type: "integer", nullable: false),
                    IsRequired = table.Column<bool>(type: "boolean", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    AudienceUnitIds = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    AudienceWindowTypes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AudienceStaffKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_Enrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Enrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Enrollments_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Learning_Lessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Lessons_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_LessonCompletions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LessonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_LessonCompletions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_LessonCompletions_Learning_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Learning_Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Learning_LessonCompletions_Learning_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Learning_Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Courses_Code",
                table: "Learning_Courses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Enrollments_CourseId_StaffId",
                table: "Learning_Enrollments",
                columns: new[] { "CourseId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Enrollments_StaffId_CompletedAt",
                table: "Learning_Enrollments",
                columns: new[] { "StaffId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Enrollments_UnitId_CompletedAt",
                table: "Learning_Enrollments",
                columns: new[] { "UnitId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_LessonCompletions_EnrollmentId_LessonId",
                table: "Learning_LessonCompletions",
                columns: new[] { "EnrollmentId", "LessonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_LessonCompletions_LessonId",
                table: "Learning_LessonCompletions",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Lessons_CourseId_Order",
                table: "Learning_Lessons",
                columns: new[] { "CourseId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_LessonCompletions");

            migrationBuilder.DropTable(
                name: "Learning_Enrollments");

            migrationBuilder.DropTable(
                name: "Learning_Lessons");

            migrationBuilder.DropTable(
                name: "Learning_Courses");
        }
    }
}
