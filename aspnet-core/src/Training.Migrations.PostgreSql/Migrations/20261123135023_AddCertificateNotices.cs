using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddCertificateNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiryNoticeSentAt",
                table: "Learning_Certificates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReminderSentAt",
                table: "Learning_Certificates",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpiryNoticeSentAt",
                table: "Learning_Certificates");

            migrationBuilder.DropColumn(
                name: "ReminderSentAt",
                table: "Learning_Certificates");
        }
    }
}
