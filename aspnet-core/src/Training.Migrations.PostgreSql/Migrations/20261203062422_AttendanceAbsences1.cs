using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AttendanceAbsences1 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApprovedSteps",
                table: "Attendance_LeaveRequests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "Attendance_LeaveRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReason",
                table: "Attendance_LeaveRequests",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FirstApproverUserId",
                table: "Attendance_LeaveRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequiredSteps",
                table: "Attendance_LeaveRequests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Attendance_ApproverStandIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PrincipalUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrincipalName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    StandInStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    StandInUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StandInName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    HallIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_ApproverStandIns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_LeaveActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeaveRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    OnBehalfOfUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OnBehalfOfName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_LeaveActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_LeaveActions_Attendance_LeaveRequests_LeaveReque~",
                        column: x => x.LeaveRequestId,
                        principalTable: "Attendance_LeaveRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_LeaveBalances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaveTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EntitledHalfDays = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_LeaveBalances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_LeaveBalances_Attendance_LeaveTypes_LeaveTypeId",
                        column: x => x.LeaveTypeId,
                        principalTable: "Attendance_LeaveTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_LeaveBalanceChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeaveBalanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromHalfDays = table.Column<int>(type: "integer", nullable: true),
                    ToHalfDays = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_LeaveBalanceChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_LeaveBalanceChanges_Attendance_LeaveBalances_Lea~",
                        column: x => x.LeaveBalanceId,
                        principalTable: "Attendance_LeaveBalances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_WhereaboutsNotes_OpenPerStaff",
                table: "Attendance_WhereaboutsNotes",
                column: "StaffId",
                unique: true,
                filter: "\"ReturnedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveRequests_HallId_Status",
                table: "Attendance_LeaveRequests",
                columns: new[] { "HallId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ApproverStandIns_PrincipalUserId_ToDate",
                table: "Attendance_ApproverStandIns",
                columns: new[] { "PrincipalUserId", "ToDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ApproverStandIns_StandInUserId_ToDate",
                table: "Attendance_ApproverStandIns",
                columns: new[] { "StandInUserId", "ToDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveActions_LeaveRequestId",
                table: "Attendance_LeaveActions",
                column: "LeaveRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveBalanceChanges_LeaveBalanceId",
                table: "Attendance_LeaveBalanceChanges",
                column: "LeaveBalanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveBalances_LeaveTypeId",
                table: "Attendance_LeaveBalances",
                column: "LeaveTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveBalances_StaffId_LeaveTypeId_Year",
                table: "Attendance_LeaveBalances",
                columns: new[] { "StaffId", "LeaveTypeId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance_ApproverStandIns");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveActions");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveBalanceChanges");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveBalances");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_WhereaboutsNotes_OpenPerStaff",
                table: "Attendance_WhereaboutsNotes");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_LeaveRequests_HallId_Status",
                table: "Attendance_LeaveRequests");

            migrationBuilder.DropColumn(
                name: "ApprovedSteps",
                table: "Attendance_LeaveRequests");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Attendance_LeaveRequests");

            migrationBuilder.DropColumn(
                name: "DecisionReason",
                table: "Attendance_LeaveRequests");

            migrationBuilder.DropColumn(
                name: "FirstApproverUserId",
                table: "Attendance_LeaveRequests");

            migrationBuilder.DropColumn(
                name: "RequiredSteps",
                table: "Attendance_LeaveRequests");
        }
    }
}
