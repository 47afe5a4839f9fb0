using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "Platform_AuditLogs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "Platform_AuditLogs",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_AuditLogs_Sequence",
                table: "Platform_AuditLogs",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_AuditLogs_Unsealed",
                table: "Platform_AuditLogs",
                columns: new[] { "At", "Id" },
                filter: "\"Sequence\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Platform_AuditLogs_Sequence",
                table: "Platform_AuditLogs");

            migrationBuilder.DropIndex(
                name: "IX_Platform_AuditLogs_Unsealed",
                table: "Platform_AuditLogs");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "Platform_AuditLogs");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Platform_AuditLogs");
        }
    }
}
