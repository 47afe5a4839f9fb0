using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddUnresolved : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Unresolved_Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    ComplainantKind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ComplainantName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "zh_pinyin"),
                    ComplainantContact = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Matter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "zh_pinyin"),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    WindowId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    GuideStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    GuideName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    NotAcceptedReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    NotAcceptedExplanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ComplaintCheckInspectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConferenceSections = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ClosingText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_GuideDuties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_GuideDuties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_Outbox",
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
                    table.PrimaryKey("PK_Unresolved_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_Receivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "zh_pinyin"),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    TownshipHallId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_Receivers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_CaseDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Owner = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MetAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LapsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OverdueNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_CaseDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Unresolved_CaseDeadlines_Unresolved_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Unresolved_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_CaseSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Sections = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceiverName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Satisfied = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_CaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Unresolved_CaseSteps_Unresolved_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Unresolved_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_CaseTransfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiverName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceiverKind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ReceiverIsComplainedUnit = table.Column<bool>(type: "boolean", nullable: false),
                    TransferredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TransferredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TransferredByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_CaseTransfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Unresolved_CaseTransfers_Unresolved_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Unresolved_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_ReceiverLiaisons",
                columns: table => new
                {
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_ReceiverLiaisons", x => new { x.ReceiverId, x.UserId });
                    table.ForeignKey(
                        name: "FK_Unresolved_ReceiverLiaisons_Unresolved_Receivers_ReceiverId",
                        column: x => x.ReceiverId,
                        principalTable: "Unresolved_Receivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Unresolved_TransferAttachments",
                columns: table => new
                {
                    TransferId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unresolved_TransferAttachments", x => new { x.TransferId, x.FileId });
                    table.ForeignKey(
                        name: "FK_Unresolved_TransferAttachments_Unresolved_CaseTransfers_Tra~",
                        column: x => x.TransferId,
                        principalTable: "Unresolved_CaseTransfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_CaseDeadlines_CaseId",
                table: "Unresolved_CaseDeadlines",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_CaseDeadlines_HallId_MetAt_LapsedAt_DueOn",
                table: "Unresolved_CaseDeadlines",
                columns: new[] { "HallId", "MetAt", "LapsedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_CaseDeadlines_ReceiverId_MetAt",
                table: "Unresolved_CaseDeadlines",
                columns: new[] { "ReceiverId", "MetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Cases_HallId_ReceivedAt",
                table: "Unresolved_Cases",
                columns: new[] { "HallId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Cases_HallId_ReceivedOn",
                table: "Unresolved_Cases",
                columns: new[] { "HallId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Cases_HallId_State",
                table: "Unresolved_Cases",
                columns: new[] { "HallId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Cases_HallId_Year_Serial",
                table: "Unresolved_Cases",
                columns: new[] { "HallId", "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Cases_Number",
                table: "Unresolved_Cases",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Cases_RecordedByUserId_ReceivedAt",
                table: "Unresolved_Cases",
                columns: new[] { "RecordedByUserId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Cases_UnitId_ReceivedOn",
                table: "Unresolved_Cases",
                columns: new[] { "UnitId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_CaseSteps_CaseId_Order",
                table: "Unresolved_CaseSteps",
                columns: new[] { "CaseId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_CaseTransfers_CaseId",
                table: "Unresolved_CaseTransfers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_CaseTransfers_ReceiverId_AnsweredAt_DueOn",
                table: "Unresolved_CaseTransfers",
                columns: new[] { "ReceiverId", "AnsweredAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_GuideDuties_HallId_Date",
                table: "Unresolved_GuideDuties",
                columns: new[] { "HallId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_GuideDuties_StaffId_Date",
                table: "Unresolved_GuideDuties",
                columns: new[] { "StaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Outbox_ProcessedAt_OccurredAt",
                table: "Unresolved_Outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_ReceiverLiaisons_UserId",
                table: "Unresolved_ReceiverLiaisons",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Receivers_DepartmentId",
                table: "Unresolved_Receivers",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Unresolved_Receivers_Name",
                table: "Unresolved_Receivers",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Unresolved_CaseDeadlines");

            migrationBuilder.DropTable(
                name: "Unresolved_CaseSteps");

            migrationBuilder.DropTable(
                name: "Unresolved_GuideDuties");

            migrationBuilder.DropTable(
                name: "Unresolved_Outbox");

            migrationBuilder.DropTable(
                name: "Unresolved_ReceiverLiaisons");

            migrationBuilder.DropTable(
                name: "Unresolved_TransferAttachments");

            migrationBuilder.DropTable(
                name: "Unresolved_Receivers");

            migrationBuilder.DropTable(
                name: "Unresolved_CaseTransfers");

            migrationBuilder.DropTable(
                name: "Unresolved_Cases");
        }
    }
}
