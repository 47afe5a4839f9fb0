using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AttendanceIntake1 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Attendance_Devices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeviceKeyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Devices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_ClockCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OffsetSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PunchesUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_ClockCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_ClockCorrections_Attendance_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Attendance_Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_DeviceUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeviceUserId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_DeviceUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_DeviceUsers_Attendance_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Attendance_Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ClockCorrections_DeviceId_RecordedAt",
                table: "Attendance_ClockCorrections",
                columns: new[] { "DeviceId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Devices_DeviceKeyId",
                table: "Attendance_Devices",
                column: "DeviceKeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Devices_HallId",
                table: "Attendance_Devices",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Devices_SerialNumber",
                table: "Attendance_Devices",
                column: "SerialNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DeviceUsers_DeviceId",
                table: "Attendance_DeviceUsers",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DeviceUsers_HallId_DeviceId_DeviceUserId",
                table: "Attendance_DeviceUsers",
                columns: new[] { "HallId", "DeviceId", "DeviceUserId" },
                unique: true,
                filter: "\"DeviceId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DeviceUsers_HallWide",
                table: "Attendance_DeviceUsers",
                columns: new[] { "HallId", "DeviceUserId" },
                unique: true,
                filter: "\"DeviceId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DeviceUsers_StaffId",
                table: "Attendance_DeviceUsers",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance_ClockCorrections");

            migrationBuilder.DropTable(
                name: "Attendance_DeviceUsers");

            migrationBuilder.DropTable(
                name: "Attendance_Devices");
        }
    }
}
