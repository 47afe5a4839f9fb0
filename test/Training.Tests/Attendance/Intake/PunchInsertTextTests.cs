using System.Globalization;
using Training.Attendance.Application.Intake;

namespace Training.Tests.Attendance.Intake;

/// <summary>The SQLite punch insert writes times by hand: the text must be EF's, or queries on the column would miss rows.</summary>
public sealed class PunchInsertTextTests
{
    [Theory]
    [InlineData(2025, 1, 2, 8, 51, 26, 0)]
    [InlineData(2030, 12, 31, 23, 59, 59, 0)]
    [InlineData(1, 1, 1, 0, 0, 0, 0)]
    [InlineData(2026, 7, 4, 9, 5, 7, 1234567)]
    [InlineData(2026, 7, 4, 9, 5, 7, 5000000)]
    public void Should_write_a_time_as_EF_writes_it_on_SQLite(int y, int mo, int d, int h, int mi, int s, int ticks)
    {
        var time = new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc).AddTicks(ticks);
        PunchInsert.SqliteTime(time).ShouldBe(time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
    }
}
