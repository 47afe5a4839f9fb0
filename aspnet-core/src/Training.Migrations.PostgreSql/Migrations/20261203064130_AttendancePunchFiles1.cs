using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AttendancePunchFiles1 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PunchColumnMappings_Model",
                table: "Attendance_PunchColumnMappings",
                column: "Model",
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance_PunchColumnMappings");

            migrationBuilder.DropTable(
                name: "Attendance_PunchImportLines");

            migrationBuilder.DropTable(
                name: "Attendance_PunchImports");
        }
    }
}
