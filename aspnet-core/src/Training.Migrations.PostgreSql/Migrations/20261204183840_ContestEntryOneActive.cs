using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ContestEntryOneActive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActiveContestId",
                table: "Contests_EntryMembers",
                type: "uuid",
                nullable: true);

            // Members of entries standing today hold their contest; should a person already stand twice in a contest (the
            // race this index now prevents), only their first entry by id does, so the index can be built.
            migrationBuilder.Sql("""
                UPDATE "Contests_EntryMembers"
                SET "ActiveContestId" = "ContestId"
                WHERE EXISTS (SELECT 1 FROM "Contests_Entries" AS e
                              WHERE e."Id" = "Contests_EntryMembers"."EntryId" AND e."State" = 'Entered')
                  AND NOT EXISTS (SELECT 1 FROM "Contests_EntryMembers" AS o
                                  JOIN "Contests_Entries" AS oe ON oe."Id" = o."EntryId"
                                  WHERE o."ContestId" = "Contests_EntryMembers"."ContestId" AND o."StaffId" = "Contests_EntryMembers"."StaffId"
                                    AND oe."State" = 'Entered' AND o."EntryId" < "Contests_EntryMembers"."EntryId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Contests_EntryMembers_ActiveContestId_StaffId",
                table: "Contests_EntryMembers",
                columns: new[] { "ActiveContestId", "StaffId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contests_EntryMembers_ActiveContestId_StaffId",
                table: "Contests_EntryMembers");

            migrationBuilder.DropColumn(
                name: "ActiveContestId",
                table: "Contests_EntryMembers");
        }
    }
}
