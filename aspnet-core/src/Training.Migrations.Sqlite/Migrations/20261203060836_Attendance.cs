using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Attendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Attendance_DailyResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SessionIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpectedStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpectedEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    LateMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    InAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OutAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaveRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_DailyResults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_LeaveTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CountMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HasBalance = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsOfficialBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_LeaveTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_PostStatusEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_PostStatusEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_Punches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeviceUserId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RawLocalTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VerifyMode = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArrivedAfterClose = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Punches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_WhereaboutsNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LeftAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpectedBackAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_WhereaboutsNotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_LeaveRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaveTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsOfficialBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartHalf = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndHalf = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HalfDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_LeaveRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_LeaveRequests_Attendance_LeaveTypes_LeaveTypeId",
                        column: x => x.LeaveTypeId,
                        principalTable: "Attendance_LeaveTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DailyResults_HallId_Date",
                table: "Attendance_DailyResults",
                columns: new[] { "HallId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DailyResults_StaffId_Date_SessionIndex",
                table: "Attendance_DailyResults",
                columns: new[] { "StaffId", "Date", "SessionIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DailyResults_UnitId_Date",
                table: "Attendance_DailyResults",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveRequests_LeaveTypeId",
                table: "Attendance_LeaveRequests",
                column: "LeaveTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveRequests_StaffId_StartDate",
                table: "Attendance_LeaveRequests",
                columns: new[] { "StaffId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveRequests_UnitId_Status",
                table: "Attendance_LeaveRequests",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveTypes_Code",
                table: "Attendance_LeaveTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Outbox_ProcessedAt_OccurredAt",
                table: "Attendance_Outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PostStatusEvents_DeviceId_EventKey",
                table: "Attendance_PostStatusEvents",
                columns: new[] { "DeviceId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PostStatusEvents_StaffId_Date",
                table: "Attendance_PostStatusEvents",
                columns: new[] { "StaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PostStatusEvents_WindowId_At",
                table: "Attendance_PostStatusEvents",
                columns: new[] { "WindowId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Punches_DeviceSerial_DeviceUserId_RawLocalTime",
                table: "Attendance_Punches",
                columns: new[] { "DeviceSerial", "DeviceUserId", "RawLocalTime" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Punches_StaffId_Date",
                table: "Attendance_Punches",
                columns: new[] { "StaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_WhereaboutsNotes_StaffId_Date",
                table: "Attendance_WhereaboutsNotes",
                columns: new[] { "StaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_WhereaboutsNotes_UnitId_ReturnedAt",
                table: "Attendance_WhereaboutsNotes",
                columns: new[] { "UnitId", "ReturnedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance_DailyResults");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveRequests");

            migrationBuilder.DropTable(
                name: "Attendance_Outbox");

            migrationBuilder.DropTable(
                name: "Attendance_PostStatusEvents");

            migrationBuilder.DropTable(
                name: "Attendance_Punches");

            migrationBuilder.DropTable(
                name: "Attendance_WhereaboutsNotes");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveTypes");
        }
    }
}
