using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndsAt",
                table: "Organization_Assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StartsAt",
                table: "Organization_Assignments",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Assignments made before instants were kept took effect at the start of their local day, in their hall's zone.
            migrationBuilder.Sql("""
                UPDATE "Organization_Assignments" AS a
                SET "StartsAt" = a."StartDate"::timestamp AT TIME ZONE h."TimeZone",
                    "EndsAt" = a."EndDate"::timestamp AT TIME ZONE h."TimeZone"
                FROM "Organization_Halls" AS h
                WHERE h."Id" = a."HallId";
                """);

            migrationBuilder.CreateTable(
                name: "Organization_PostBackups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrimaryStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    BackupStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
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
