using System.Globalization;
using Microsoft.Data.Sqlite;
using Training.Attendance.EntityFrameworkCore;

namespace Training.Tests.Attendance.Intake;

/// <summary>
/// The bulk paths bind values as text by hand: the text must be EF's on SQLite, or EF's queries on the columns (date
/// ranges, ids) would miss the rows. Each value goes into a real SQLite table and is read back as stored.
/// </summary>
public sealed class SqliteRowsTests
{
    [Theory]
    [InlineData(2025, 1, 2, 8, 51, 26, 0)]
    [InlineData(2030, 12, 31, 23, 59, 59, 0)]
    [InlineData(1, 1, 1, 0, 0, 0, 0)]
    [InlineData(2026, 7, 4, 9, 5, 7, 1234567)]
    [InlineData(2026, 7, 4, 9, 5, 7, 5000000)]
    public void Should_store_a_time_and_its_date_as_EF_writes_them_on_SQLite(int y, int mo, int d, int h, int mi, int s, int ticks)
    {
        var time = new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc).AddTicks(ticks);
        var stored = Store(rows =>
        {
            rows.Time(1, time);
            rows.Date(2, DateOnly.FromDateTime(time));
        });
        stored.ShouldBe([time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }

    [Fact]
    public void Should_store_a_guid_upper_case_text_and_nulls_as_null()
    {
        var id = Guid.Parse("0a1b2c3d-4e5f-6a7b-8c9d-aebfcadbecfd");
        Store(rows =>
        {
            rows.Guid(1, id);
            rows.Guid(2, null);
        }).ShouldBe(["0A1B2C3D-4E5F-6A7B-8C9D-AEBFCADBECFD", null]);
    }

    [Fact]
    public void Should_store_text_of_any_length()
    {
        var longText = new string('考', 300); // longer than the stack buffer: bound through the string overload
        Store(rows =>
        {
            rows.Text(1, "上午");
            rows.Text(2, longText);
        }).ShouldBe(["上午", longText]);
    }

    [Fact]
    public void Should_answer_0_for_a_row_the_conflict_clause_skipped_with_the_values_still_bound()
    {
        Store(rows =>
        {
            rows.Text(1, "K40-00001");
            rows.Int(2, 7);
            rows.Execute().ShouldBe(1);
        }, expected: 0).ShouldBe(["K40-00001", "7"]);
    }

    [Theory]
    [InlineData(2025, 1, 2, 8, 51, 26, 0)]
    [InlineData(2026, 7, 4, 9, 5, 7, 1234567)]
    [InlineData(2026, 7, 4, 9, 5, 7, 5000000)]
    public void Should_read_back_what_it_stored_as_EF_reads_it(int y, int mo, int d, int h, int mi, int s, int ticks)
    {
        var time = new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc).AddTicks(ticks);
        var id = Guid.NewGuid();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (id TEXT NULL, at TEXT NULL, day TEXT NULL, n INTEGER NULL)";
            create.ExecuteNonQuery();
        }
        using (var insert = SqliteRows.Prepare(connection, "INSERT INTO t VALUES (?, ?, ?, ?)"))
        {
            insert.Guid(1, id);
            insert.Time(2, time);
            insert.Date(3, DateOnly.FromDateTime(time));
            insert.Null(4);
            insert.Execute();
        }

        using var query = SqliteRows.Prepare(connection, "SELECT id, at, day, n FROM t");
        query.Read().ShouldBeTrue();
        (query.GetGuid(0), query.GetTime(1), query.GetDate(2), query.IsNull(3)).ShouldBe((id, time, DateOnly.FromDateTime(time), true));
        query.GetTime(1).Kind.ShouldBe(DateTimeKind.Utc);
        query.Read().ShouldBeFalse();
        query.Read().ShouldBeTrue(); // reset at the end: the statement runs again
    }

    private static List<string?> Store(Action<SqliteRows> bind, int expected = 1)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (a TEXT NULL, b TEXT NULL, UNIQUE (a, b))";
            create.ExecuteNonQuery();
        }
        using (var rows = SqliteRows.Prepare(connection, "INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING"))
        {
            bind(rows);
            rows.Execute().ShouldBe(expected);
        }
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT a, b FROM t";
        using var reader = read.ExecuteReader();
        reader.Read().ShouldBeTrue();
        var stored = new List<string?> { reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1) };
        reader.Read().ShouldBeFalse();
        return stored;
    }
}
