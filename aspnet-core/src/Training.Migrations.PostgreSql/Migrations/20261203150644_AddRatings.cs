using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ratings_Appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_Appeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsRealName = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CallbackDue = table.Column<DateOnly>(type: "date", nullable: false),
                    RectifyDue = table.Column<DateOnly>(type: "date", nullable: false),
                    HandlerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Verdict = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    VerificationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CalledBackAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CalledBackDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CallbackNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RectifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RectifiedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RectificationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedByAppealId = table.Column<Guid>(type: "uuid", nullable: true),
                    FollowUpTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FollowUpLinkExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_Devices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "zh_pinyin"),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeviceKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_Devices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_FollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_FollowUps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_Matters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "zh_pinyin"),
                    Department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_Matters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_Outbox",
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
                    table.PrimaryKey("PK_Ratings_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_RatingRaters",
                columns: table => new
                {
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_RatingRaters", x => x.RatingId);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_Ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EventId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RaterKind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    IsRealName = table.Column<bool>(type: "boolean", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Attribution = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Candidates = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ExcludedByAppealId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExcludedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_Ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_RatingTags",
                columns: table => new
                {
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    TagId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_RatingTags", x => new { x.RatingId, x.TagId });
                });

            migrationBuilder.CreateTable(
                name: "Ratings_ServiceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    CaseVolume = table.Column<int>(type: "integer", nullable: false),
                    OnTimeCount = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_ServiceRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_Surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Suggestions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_Surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_Tags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_Tags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_AppealEvidence",
                columns: table => new
                {
                    AppealId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_AppealEvidence", x => new { x.AppealId, x.FileId });
                    table.ForeignKey(
                        name: "FK_Ratings_AppealEvidence_Ratings_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Ratings_Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ratings_SurveyAspects",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aspect = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings_SurveyAspects", x => new { x.SurveyId, x.Aspect });
                    table.ForeignKey(
                        name: "FK_Ratings_SurveyAspects_Ratings_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Ratings_Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Appeals_HallId_State",
                table: "Ratings_Appeals",
                columns: new[] { "HallId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Appeals_RatingId_State",
                table: "Ratings_Appeals",
                columns: new[] { "RatingId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Cases_FollowUpTokenHash",
                table: "Ratings_Cases",
                column: "FollowUpTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Cases_HallId_State",
                table: "Ratings_Cases",
                columns: new[] { "HallId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Cases_HandlerUserId_State",
                table: "Ratings_Cases",
                columns: new[] { "HandlerUserId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Cases_RatingId",
                table: "Ratings_Cases",
                column: "RatingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Cases_UnitId_OpenedDate",
                table: "Ratings_Cases",
                columns: new[] { "UnitId", "OpenedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Devices_DeviceKeyId",
                table: "Ratings_Devices",
                column: "DeviceKeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Devices_HallId",
                table: "Ratings_Devices",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_FollowUps_CaseId",
                table: "Ratings_FollowUps",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Matters_HallId_Code",
                table: "Ratings_Matters",
                columns: new[] { "HallId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Matters_UnitId",
                table: "Ratings_Matters",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Outbox_ProcessedAt_OccurredAt",
                table: "Ratings_Outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Ratings_CaseNumber_Channel",
                table: "Ratings_Ratings",
                columns: new[] { "CaseNumber", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Ratings_HallId_Date",
                table: "Ratings_Ratings",
                columns: new[] { "HallId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Ratings_SourceKey_EventId",
                table: "Ratings_Ratings",
                columns: new[] { "SourceKey", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Ratings_StaffId_Date",
                table: "Ratings_Ratings",
                columns: new[] { "StaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Ratings_UnitId_Date",
                table: "Ratings_Ratings",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Ratings_WindowId_Date",
                table: "Ratings_Ratings",
                columns: new[] { "WindowId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_RatingTags_TagId",
                table: "Ratings_RatingTags",
                column: "TagId");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_ServiceRecords_HallId_Year_Month",
                table: "Ratings_ServiceRecords",
                columns: new[] { "HallId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_ServiceRecords_StaffId_Year_Month",
                table: "Ratings_ServiceRecords",
                columns: new[] { "StaffId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_ServiceRecords_UnitId_Year_Month",
                table: "Ratings_ServiceRecords",
                columns: new[] { "UnitId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Surveys_HallId_Year_Period",
                table: "Ratings_Surveys",
                columns: new[] { "HallId", "Year", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Surveys_UnitId_Year_Period",
                table: "Ratings_Surveys",
                columns: new[] { "UnitId", "Year", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_Tags_Code",
                table: "Ratings_Tags",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ratings_AppealEvidence");

            migrationBuilder.DropTable(
                name: "Ratings_Cases");

            migrationBuilder.DropTable(
                name: "Ratings_Devices");

            migrationBuilder.DropTable(
                name: "Ratings_FollowUps");

            migrationBuilder.DropTable(
                name: "Ratings_Matters");

            migrationBuilder.DropTable(
                name: "Ratings_Outbox");

            migrationBuilder.DropTable(
                name: "Ratings_RatingRaters");

            migrationBuilder.DropTable(
                name: "Ratings_Ratings");

            migrationBuilder.DropTable(
                name: "Ratings_RatingTags");

            migrationBuilder.DropTable(
                name: "Ratings_ServiceRecords");

            migrationBuilder.DropTable(
                name: "Ratings_SurveyAspects");

            migrationBuilder.DropTable(
                name: "Ratings_Tags");

            migrationBuilder.DropTable(
                name: "Ratings_Appeals");

            migrationBuilder.DropTable(
                name: "Ratings_Surveys");
        }
    }
}
