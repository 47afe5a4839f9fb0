using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Attendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "Attendance_DailyResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SessionIndex = table.Column<int>(type: "integer", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpectedStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpectedEnd = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    LateMinutes = table.Column<int>(type: "integer", nullable: false),
                    EarlyMinutes = table.Column<int>(type: "integer", nullable: false),
                    InAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OutAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LeaveRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SessionName = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OffPostMinutes = table.Column<int>(type: "integer", nullable: false),
                    OutMinutes = table.Column<int>(type: "integer", nullable: false),
                    MissingPunch = table.Column<bool>(type: "boolean", nullable: false),
                    FrequentAbsence = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_DailyResults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_Devices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SerialNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "zh_pinyin"),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    DeviceKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Devices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_LeaveTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "zh_pinyin"),
                    NameEn = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CountMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HasBalance = table.Column<bool>(type: "boolean", nullable: false),
                    IsOfficialBusiness = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_LeaveTypes", x => x.Id);
                });

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
                name: "Attendance_Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Payload = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_PostStatusEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_PostStatusEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_PunchColumnMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    HeaderRows = table.Column<int>(type: "integer", nullable: false),
                    Delimiter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    UserIdColumn = table.Column<int>(type: "integer", nullable: false),
                    TimeColumn = table.Column<int>(type: "integer", nullable: false),
                    VerifyModeColumn = table.Column<int>(type: "integer", nullable: true),
                    StateColumn = table.Column<int>(type: "integer", nullable: true),
                    WorkCodeColumn = table.Column<int>(type: "integer", nullable: true),
                    SerialColumn = table.Column<int>(type: "integer", nullable: true),
                    TimeFormat = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_PunchColumnMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_Punches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DeviceUserId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RawLocalTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    VerifyMode = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    WorkCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: true),
                    ArrivedAfterClose = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_Punches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_PunchImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TotalLines = table.Column<int>(type: "integer", nullable: true),
                    LinesRead = table.Column<int>(type: "integer", nullable: false),
                    NewCount = table.Column<int>(type: "integer", nullable: false),
                    DuplicateCount = table.Column<int>(type: "integer", nullable: false),
                    BadCount = table.Column<int>(type: "integer", nullable: false),
                    UnknownUserCount = table.Column<int>(type: "integer", nullable: false),
                    FlaggedCount = table.Column<int>(type: "integer", nullable: false),
                    Failure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_PunchImports", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "Attendance_WhereaboutsNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: true),
                    Destination = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LeftAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpectedBackAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_WhereaboutsNotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance_ClockCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OffsetSeconds = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "zh_pinyin"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PunchesUpdated = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeviceUserId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "Attendance_LeaveRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaveTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsOfficialBusiness = table.Column<bool>(type: "boolean", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartHalf = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndHalf = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HalfDays = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequiredSteps = table.Column<int>(type: "integer", nullable: false),
                    ApprovedSteps = table.Column<int>(type: "integer", nullable: false),
                    FirstApproverUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Attendance_PunchImportLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance_PunchImportLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_PunchImportLines_Attendance_PunchImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Attendance_PunchImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ApproverStandIns_PrincipalUserId_ToDate",
                table: "Attendance_ApproverStandIns",
                columns: new[] { "PrincipalUserId", "ToDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ApproverStandIns_StandInUserId_ToDate",
                table: "Attendance_ApproverStandIns",
                columns: new[] { "StandInUserId", "ToDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ClockCorrections_DeviceId_RecordedAt",
                table: "Attendance_ClockCorrections",
                columns: new[] { "DeviceId", "RecordedAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LeaveRequests_HallId_Status",
                table: "Attendance_LeaveRequests",
                columns: new[] { "HallId", "Status" });

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
                name: "IX_Attendance_MonthCloses_HallId_Year_Month_Sequence",
                table: "Attendance_MonthCloses",
                columns: new[] { "HallId", "Year", "Month", "Sequence" },
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
                name: "IX_Attendance_PunchColumnMappings_Model",
                table: "Attendance_PunchColumnMappings",
                column: "Model",
                unique: true);

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
                name: "IX_Attendance_PunchImportLines_ImportId_LineNumber",
                table: "Attendance_PunchImportLines",
                columns: new[] { "ImportId", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PunchImports_DeviceId_CreatedAt",
                table: "Attendance_PunchImports",
                columns: new[] { "DeviceId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PunchImports_HallId_CreatedAt",
                table: "Attendance_PunchImports",
                columns: new[] { "HallId", "CreatedAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_WhereaboutsNotes_OpenPerStaff",
                table: "Attendance_WhereaboutsNotes",
                column: "StaffId",
                unique: true,
                filter: "\"ReturnedAt\" IS NULL");

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
                name: "Attendance_ApproverStandIns");

            migrationBuilder.DropTable(
                name: "Attendance_ClockCorrections");

            migrationBuilder.DropTable(
                name: "Attendance_DailyResults");

            migrationBuilder.DropTable(
                name: "Attendance_DeviceUsers");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveActions");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveBalanceChanges");

            migrationBuilder.DropTable(
                name: "Attendance_MonthCloses");

            migrationBuilder.DropTable(
                name: "Attendance_Outbox");

            migrationBuilder.DropTable(
                name: "Attendance_PostStatusEvents");

            migrationBuilder.DropTable(
                name: "Attendance_PunchColumnMappings");

            migrationBuilder.DropTable(
                name: "Attendance_Punches");

            migrationBuilder.DropTable(
                name: "Attendance_PunchImportLines");

            migrationBuilder.DropTable(
                name: "Attendance_ResultCorrections");

            migrationBuilder.DropTable(
                name: "Attendance_Shifts");

            migrationBuilder.DropTable(
                name: "Attendance_Timetables");

            migrationBuilder.DropTable(
                name: "Attendance_WhereaboutsNotes");

            migrationBuilder.DropTable(
                name: "Attendance_Devices");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveRequests");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveBalances");

            migrationBuilder.DropTable(
                name: "Attendance_PunchImports");

            migrationBuilder.DropTable(
                name: "Attendance_LeaveTypes");
        }
    }
}
