using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AttendanceResults1 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FrequentAbsence",
                table: "Attendance_DailyResults",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MissingPunch",
                table: "Attendance_DailyResults",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OffPostMinutes",
                table: "Attendance_DailyResults",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OutMinutes",
                table: "Attendance_DailyResults",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SessionName",
                table: "Attendance_DailyResults",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Attendance_MonthCloses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_MonthCloses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_ResultCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SessionIndex = table.Column<int>(type: "integer", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    LateMinutes = table.Column<int>(type: "integer", nullable: false),
                    EarlyMinutes = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OriginalStatus = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OriginalLateMinutes = table.Column<int>(type: "integer", nullable: false),
                    OriginalEarlyMinutes = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_ResultCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_Shifts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: true),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SessionsText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Shifts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_Timetables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SummerStartMonth = table.Column<int>(type: "integer", nullable: false),
                    SummerStartDay = table.Column<int>(type: "integer", nullable: false),
                    WinterStartMonth = table.Column<int>(type: "integer", nullable: false),
                    WinterStartDay = table.Column<int>(type: "integer", nullable: false),
                    SummerSessionsText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    WinterSessionsText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Timetables", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_MonthCloses_HallId_Year_Month_Sequence",
                table: "Attendance_MonthCloses",
                columns: new[] { "HallId", "Year", "Month", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ResultCorrections_HallId_Date",
                table: "Attendance_ResultCorrections",
                columns: new[] { "HallId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ResultCorrections_StaffId_Date_SessionIndex",
                table: "Attendance_ResultCorrections",
                columns: new[] { "StaffId", "Date", "SessionIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Shifts_HallId_FromDate",
                table: "Attendance_Shifts",
                columns: new[] { "HallId", "FromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Shifts_StaffId_FromDate",
                table: "Attendance_Shifts",
                columns: new[] { "StaffId", "FromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Shifts_WindowId_FromDate",
                table: "Attendance_Shifts",
                columns: new[] { "WindowId", "FromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Timetables_HallId",
                table: "Attendance_Timetables",
                column: "HallId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance_MonthCloses");

            migrationBuilder.DropTable(
                name: "Attendance_ResultCorrections");

            migrationBuilder.DropTable(
                name: "Attendance_Shifts");

            migrationBuilder.DropTable(
                name: "Attendance_Timetables");

            migrationBuilder.DropColumn(
                name: "FrequentAbsence",
                table: "Attendance_DailyResults");

            migrationBuilder.DropColumn(
                name: "MissingPunch",
                table: "Attendance_DailyResults");

            migrationBuilder.DropColumn(
                name: "OffPostMinutes",
                table: "Attendance_DailyResults");

            migrationBuilder.DropColumn(
                name: "OutMinutes",
                table: "Attendance_DailyResults");

            migrationBuilder.DropColumn(
                name: "SessionName",
                table: "Attendance_DailyResults");
        }
    }
}
