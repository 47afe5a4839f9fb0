using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationPostsBackupsWorkStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkStartDate",
                table: "Organization_Staff",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndsAt",
                table: "Organization_Assignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StartsAt",
                table: "Organization_Assignments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Assignments made before instants were kept took effect at the start of their local day. Every hall is on
            // Asia/Shanghai (UTC+8, no daylight saving), the only zone a hall can have so far.
            migrationBuilder.Sql("""
                UPDATE "Organization_Assignments"
                SET "StartsAt" = strftime('%Y-%m-%d %H:%M:%S', "StartDate", '-8 hours'),
                    "EndsAt" = CASE WHEN "EndDate" IS NULL THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%S', "EndDate", '-8 hours') END;
                """);

            migrationBuilder.CreateTable(
                name: "Organization_PostBackups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimaryStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BackupStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organization_PostBackups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organization_PostBackups_Organization_Staff_BackupStaffId",
                        column: x => x.BackupStaffId,
                        principalTable: "Organization_Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organization_PostBackups_Organization_Staff_PrimaryStaffId",
                        column: x => x.PrimaryStaffId,
                        principalTable: "Organization_Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organization_PostBackups_Organization_Windows_WindowId",
                        column: x => x.WindowId,
                        principalTable: "Organization_Windows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organization_Assignments_WindowId_StartsAt",
                table: "Organization_Assignments",
                columns: new[] { "WindowId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Organization_PostBackups_BackupStaffId",
                table: "Organization_PostBackups",
                column: "BackupStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Organization_PostBackups_PrimaryStaffId",
                table: "Organization_PostBackups",
                column: "PrimaryStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Organization_PostBackups_UnitId_FromDate",
                table: "Organization_PostBackups",
                columns: new[] { "UnitId", "FromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Organization_PostBackups_WindowId_PrimaryStaffId_FromDate",
                table: "Organization_PostBackups",
                columns: new[] { "WindowId", "PrimaryStaffId", "FromDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Organization_PostBackups");

            migrationBuilder.DropIndex(
                name: "IX_Organization_Assignments_WindowId_StartsAt",
                table: "Organization_Assignments");

            migrationBuilder.DropColumn(
                name: "WorkStartDate",
                table: "Organization_Staff");

            migrationBuilder.DropColumn(
                name: "EndsAt",
                table: "Organization_Assignments");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "Organization_Assignments");
        }
    }
}
