using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Supervision_CatalogueItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PersonPoints = table.Column<double>(type: "REAL", nullable: false),
                    UnitPoints = table.Column<double>(type: "REAL", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_CatalogueItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_Findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogueItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PersonPoints = table.Column<double>(type: "REAL", nullable: false),
                    UnitPoints = table.Column<double>(type: "REAL", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DisputeUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    DisputeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DisputedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DisputedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DisputedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClientKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_Findings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    WalkMode = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BackwardSource = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_Inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_LedgerItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WalkStepId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RectifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastMark = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    SentBackCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReopenedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WentOverdueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemindedForDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_LedgerItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_Outbox",
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
                    table.PrimaryKey("PK_Supervision_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_FindingPhotos",
                columns: table => new
                {
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_FindingPhotos", x => new { x.FindingId, x.FileId });
                    table.ForeignKey(
                        name: "FK_Supervision_FindingPhotos_Supervision_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Supervision_Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_InspectionInspectors",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_InspectionInspectors", x => new { x.InspectionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_Supervision_InspectionInspectors_Supervision_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Supervision_Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_InspectionPlaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_InspectionPlaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supervision_InspectionPlaces_Supervision_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Supervision_Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_WalkSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Stalled = table.Column<bool>(type: "INTEGER", nullable: false),
                    StallNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WindowId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_WalkSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supervision_WalkSteps_Supervision_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Supervision_Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_LedgerProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Final = table.Column<bool>(type: "INTEGER", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_LedgerProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supervision_LedgerProgress_Supervision_LedgerItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Supervision_LedgerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_LedgerReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Mark = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_LedgerReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supervision_LedgerReviews_Supervision_LedgerItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Supervision_LedgerItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_LedgerEvidence",
                columns: table => new
                {
                    ProgressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_LedgerEvidence", x => new { x.ProgressId, x.FileId });
                    table.ForeignKey(
                        name: "FK_Supervision_LedgerEvidence_Supervision_LedgerProgress_ProgressId",
                        column: x => x.ProgressId,
                        principalTable: "Supervision_LedgerProgress",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_CatalogueItems_Code_Version",
                table: "Supervision_CatalogueItems",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_CatalogueItems_IsCurrent_Category",
                table: "Supervision_CatalogueItems",
                columns: new[] { "IsCurrent", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_FindingPhotos_FindingId_ContentHash",
                table: "Supervision_FindingPhotos",
                columns: new[] { "FindingId", "ContentHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Findings_ClientKey",
                table: "Supervision_Findings",
                column: "ClientKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Findings_HallId_Date",
                table: "Supervision_Findings",
                columns: new[] { "HallId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Findings_HallId_State",
                table: "Supervision_Findings",
                columns: new[] { "HallId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Findings_InspectionId",
                table: "Supervision_Findings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Findings_StaffId_Date",
                table: "Supervision_Findings",
                columns: new[] { "StaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Findings_UnitId_Date",
                table: "Supervision_Findings",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_InspectionInspectors_UserId",
                table: "Supervision_InspectionInspectors",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_InspectionPlaces_InspectionId",
                table: "Supervision_InspectionPlaces",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_InspectionPlaces_UnitId",
                table: "Supervision_InspectionPlaces",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Inspections_ClientKey",
                table: "Supervision_Inspections",
                column: "ClientKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Inspections_HallId_Date",
                table: "Supervision_Inspections",
                columns: new[] { "HallId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Inspections_Kind_SourceReference",
                table: "Supervision_Inspections",
                columns: new[] { "Kind", "SourceReference" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerItems_FindingId",
                table: "Supervision_LedgerItems",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerItems_HallId_DueOn_OpenedOn",
                table: "Supervision_LedgerItems",
                columns: new[] { "HallId", "DueOn", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerItems_HallId_OpenedOn",
                table: "Supervision_LedgerItems",
                columns: new[] { "HallId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerItems_HallId_State_DueOn",
                table: "Supervision_LedgerItems",
                columns: new[] { "HallId", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerItems_InspectionId",
                table: "Supervision_LedgerItems",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerItems_UnitId_DueOn_OpenedOn",
                table: "Supervision_LedgerItems",
                columns: new[] { "UnitId", "DueOn", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerItems_UnitId_State_DueOn",
                table: "Supervision_LedgerItems",
                columns: new[] { "UnitId", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerProgress_ItemId",
                table: "Supervision_LedgerProgress",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerReviews_ItemId_At",
                table: "Supervision_LedgerReviews",
                columns: new[] { "ItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_LedgerReviews_Outcome_At",
                table: "Supervision_LedgerReviews",
                columns: new[] { "Outcome", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Outbox_ProcessedAt_OccurredAt",
                table: "Supervision_Outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_WalkSteps_InspectionId_Order",
                table: "Supervision_WalkSteps",
                columns: new[] { "InspectionId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Supervision_CatalogueItems");

            migrationBuilder.DropTable(
                name: "Supervision_FindingPhotos");

            migrationBuilder.DropTable(
                name: "Supervision_InspectionInspectors");

            migrationBuilder.DropTable(
                name: "Supervision_InspectionPlaces");

            migrationBuilder.DropTable(
                name: "Supervision_LedgerEvidence");

            migrationBuilder.DropTable(
                name: "Supervision_LedgerReviews");

            migrationBuilder.DropTable(
                name: "Supervision_Outbox");

            migrationBuilder.DropTable(
                name: "Supervision_WalkSteps");

            migrationBuilder.DropTable(
                name: "Supervision_Findings");

            migrationBuilder.DropTable(
                name: "Supervision_LedgerProgress");

            migrationBuilder.DropTable(
                name: "Supervision_Inspections");

            migrationBuilder.DropTable(
                name: "Supervision_LedgerItems");
        }
    }
}
