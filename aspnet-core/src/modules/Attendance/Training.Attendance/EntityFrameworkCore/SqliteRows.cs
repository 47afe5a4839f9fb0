using System.Buffers.Text;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Training.Attendance.EntityFrameworkCore;

/// <summary>
/// One prepared SQLite statement run row after row on the connection's own handle, inside its open transaction, for
/// the bulk paths (a punch file's lines, a city's daily results, the punches those results are judged from). Microsoft.Data.Sqlite looks every parameter up by
/// name and converts every value to a new string at each execution — about a third of a row's cost on these tables;
/// here values are bound by position, written straight as the UTF-8 text EF stores on SQLite (upper-case GUID,
/// <c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>), without a string in between; read back the same way.
/// </summary>
internal sealed class SqliteRows : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    private SqliteRows(sqlite3 db, sqlite3_stmt statement) => (_db, _statement) = (db, statement);

    public static bool Supports(DbConnection connection) => connection is SqliteConnection;

    /// <summary>Prepares <paramref name="sql"/> (positional <c>?</c> parameters) on an open SQLite connection.</summary>
    public static SqliteRows Prepare(DbConnection connection, string sql)
    {
        var db = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        return new SqliteRows(db, statement);
    }

    /// <summary>Runs the statement with the values bound (each stays bound until bound again); answers the rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Steps a query to its next row (false at the end, the statement then reset for another run).</summary>
    public bool Read()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW) return true;
        try
        {
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            return false;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long GetInt(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>A GUID stored as EF's text (any case).</summary>
    public Guid GetGuid(int column) =>
        Utf8Parser.TryParse(raw.sqlite3_column_blob(_statement, column), out Guid id, out var length) && length == 36
            ? id : throw new FormatException($"Column {column} does not hold a GUID.");

    /// <summary>A date stored as EF's text, <c>yyyy-MM-dd</c>.</summary>
    public DateOnly GetDate(int column)
    {
        var text = raw.sqlite3_column_blob(_statement, column);
        if (text.Length != 10) throw new FormatException($"Column {column} does not hold a date.");
        return new DateOnly(Number(text[..4]), Number(text.Slice(5, 2)), Number(text.Slice(8, 2)));
    }

    /// <summary>A UTC time stored as EF's text, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>.</summary>
    public DateTime GetTime(int column)
    {
        var text = raw.sqlite3_column_blob(_statement, column);
        if (text.Length < 19 || (text.Length > 19 && (text[19] != (byte)'.' || text.Length > 27)))
            throw new FormatException($"Column {column} does not hold a time.");
        var ticks = 0L;
        for (var i = 20; i < 27; i++) ticks = ticks * 10 + (i < text.Length ? text[i] - '0' : 0);
        return new DateTime(Number(text[..4]), Number(text.Slice(5, 2)), Number(text.Slice(8, 2)),
            Number(text.Slice(11, 2)), Number(text.Slice(14, 2)), Number(text.Slice(17, 2)), DateTimeKind.Utc).AddTicks(ticks);
    }

    public void Null(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    public void Int(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bool(int index, bool value) => Int(index, value ? 1 : 0);

    public void Text(int index, string? value)
    {
        if (value is null)
        {
            Null(index);
            return;
        }
        Span<byte> buffer = stackalloc byte[256];
        if (Encoding.UTF8.TryGetBytes(value, buffer, out var length)) Check(raw.sqlite3_bind_text(_statement, index, buffer[..length]));
        else Check(raw.sqlite3_bind_text(_statement, index, value));
    }

    /// <summary>EF's text of a GUID on SQLite: <c>D</c> format, upper case.</summary>
    public void Guid(int index, Guid? value)
    {
        if (value is not { } id)
        {
            Null(index);
            return;
        }
        Span<byte> text = stackalloc byte[36];
        Utf8Formatter.TryFormat(id, text, out _);
        for (var i = 0; i < text.Length; i++)
            if (text[i] is >= (byte)'a' and <= (byte)'f') text[i] -= 'a' - 'A';
        Check(raw.sqlite3_bind_text(_statement, index, text));
    }

    /// <summary>EF's text of a date on SQLite: <c>yyyy-MM-dd</c>.</summary>
    public void Date(int index, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        WriteDate(text, value.Year, value.Month, value.Day);
        Check(raw.sqlite3_bind_text(_statement, index, text));
    }

    /// <summary>EF's text of a time on SQLite: <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> (whole seconds: no fraction).</summary>
    public void Time(int index, DateTime? value)
    {
        if (value is not { } time)
        {
            Null(index);
            return;
        }
        if (time.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            Text(index, time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
            return;
        }
        Span<byte> text = stackalloc byte[19];
        WriteDate(text, time.Year, time.Month, time.Day);
        text[10] = (byte)' ';
        Digits(text.Slice(11, 2), time.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), time.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), time.Second);
        Check(raw.sqlite3_bind_text(_statement, index, text));
    }

    public void Dispose() => _statement.Dispose();

    private static void WriteDate(Span<byte> text, int year, int month, int day)
    {
        Digits(text[..4], year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), day);
    }

    private static int Number(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            if (d is < (byte)'0' or > (byte)'9') throw new FormatException("A stored date or time holds a non-digit.");
            value = value * 10 + (d - '0');
        }
        return value;
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--, value /= 10) target[i] = (byte)('0' + value % 10);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
