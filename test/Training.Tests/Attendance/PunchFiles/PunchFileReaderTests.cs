using System.Text;
using Training.Attendance;
using Training.Attendance.Application.PunchFiles;
using Training.Attendance.Domain;
using Training.SharedKernel.Errors;

namespace Training.Tests.Attendance.PunchFiles;

/// <summary>The attlog and .csv readers: what a device writes, and the ways a line can be wrong.</summary>
public sealed class PunchFileReaderTests
{
    private static List<PunchFileLine> Attlog(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        return PunchTextReader.ReadAttlog(new MemoryStream(bytes)).ToList();
    }

    [Fact]
    public void Should_read_an_attlog_line_with_its_verify_mode_state_and_work_code()
    {
        var line = Attlog("    17\t2026-11-23 08:57:03\t1\t0\t5\n").Single();

        line.IsValid.ShouldBeTrue();
        (line.Number, line.UserId, line.LocalTime, line.VerifyMode, line.State, line.WorkCode)
            .ShouldBe((1, "17", new DateTime(2026, 11, 23, 8, 57, 3), 1, 0, "5"));
    }

    [Fact]
    public void Should_drop_a_byte_order_mark_and_read_crlf_lines()
    {
        var lines = Attlog("1\t2026-11-23 08:57:03\t1\t0\t0\r\n2\t2026-11-23 09:01:00\t1\t0\t0\r\n", bom: true);

        lines.Select(l => (l.Number, l.UserId, l.IsValid)).ShouldBe([(1, "1", true), (2, "2", true)]);
        lines[1].LocalTime.ShouldBe(new DateTime(2026, 11, 23, 9, 1, 0));
    }

    [Fact]
    public void Should_skip_blank_lines_and_tolerate_trailing_columns_keeping_line_numbers()
    {
        var lines = Attlog("\n1\t2026-11-23 08:57:03\t1\t0\t0\t\t255\textra\n   \n2\t2026-11-23 17:30:00\n");

        lines.Select(l => (l.Number, l.UserId, l.IsValid)).ShouldBe([(2, "1", true), (4, "2", true)]);
        lines[1].VerifyMode.ShouldBe(0); // verify mode, state and work code may be missing
        lines[0].WorkCode.ShouldBeNull(); // work code 0 means none
    }

    [Theory]
    [InlineData("1\t2026-11-31 08:00:00\t1\t0\t0", AttendanceErrorCodes.PunchFiles.LineBadTime)]
    [InlineData("1\t2026/11/23 08:00:00\t1\t0\t0", AttendanceErrorCodes.PunchFiles.LineBadTime)]
    [InlineData("1\t2026-11-23 24:00:00\t1\t0\t0", AttendanceErrorCodes.PunchFiles.LineBadTime)]
    [InlineData("1", AttendanceErrorCodes.PunchFiles.LineTooShort)]
    [InlineData("\t2026-11-23 08:00:00\t1\t0\t0", AttendanceErrorCodes.PunchFiles.LineBadUserId)]
    [InlineData("123456789012345678901234567890123\t2026-11-23 08:00:00", AttendanceErrorCodes.PunchFiles.LineBadUserId)]
    [InlineData("1\t2026-11-23 08:00:00\tfinger\t0\t0", AttendanceErrorCodes.PunchFiles.LineBadValue)]
    public void Should_mark_a_bad_line_with_its_reason(string text, string code)
    {
        var line = Attlog("1\t2026-11-23 08:00:00\n" + text + "\n")[1];

        line.IsValid.ShouldBeFalse();
        line.ErrorCode.ShouldBe(code);
        line.Number.ShouldBe(2);
        line.Text.ShouldBe(text);
    }

    [Fact]
    public void Should_give_the_short_line_its_column_counts_for_the_message()
    {
        var line = Attlog("42\n").Single();

        line.ErrorArgs.ShouldBe("1\t2");
    }

    [Fact]
    public void Should_read_a_csv_by_its_mapping_with_header_rows_quotes_and_another_time_format()
    {
        var mapping = new PunchColumnMapping("Model-X", new SavePunchColumnMappingInput
        {
            Model = "Model-X", HeaderRows = 1, Delimiter = ";", TimeColumn = 1, SerialColumn = 2, UserIdColumn = 3, StateColumn = 4,
            TimeFormat = "yyyy/M/d H:mm",
        });
        var csv = "时间;序列号;工号;状态\r\n2026/11/23 8:57;ABC;\"0017\";1\r\n\"2026/11/23 17:31\";ABC;18;0\r\n2026/11/23;ABC;19;0\r\n";

        var lines = PunchTextReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), mapping).ToList();

        lines.Select(l => (l.Number, l.UserId, l.Serial, l.State, l.IsValid)).ShouldBe(
            [(2, "0017", "ABC", 1, true), (3, "18", "ABC", 0, true), (4, "", null, 0, false)]);
        lines[1].LocalTime.ShouldBe(new DateTime(2026, 11, 23, 17, 31, 0));
        lines[2].ErrorCode.ShouldBe(AttendanceErrorCodes.PunchFiles.LineBadTime);
    }

    [Theory]
    [InlineData(",", 1, 1, "yyyy-MM-dd HH:mm:ss")]   // two fields in one column
    [InlineData("#", 1, 2, "yyyy-MM-dd HH:mm:ss")]   // not a delimiter we read
    [InlineData(",", 1, 2, "HH:mm")]                 // no date
    [InlineData(",", 1, 2, "yyyy-MM-dd")]            // no time of day
    public void Should_refuse_a_mapping_that_cannot_read_a_punch(string delimiter, int userId, int time, string format)
    {
        var input = new SavePunchColumnMappingInput { Model = "M", Delimiter = delimiter, UserIdColumn = userId, TimeColumn = time, TimeFormat = format };

        Should.Throw<BusinessException>(() => new PunchColumnMapping("M", input)).Code.ShouldBe(AttendanceErrorCodes.PunchFiles.MappingInvalid);
    }

    [Fact]
    public void Should_count_the_lines_of_a_file_with_or_without_a_last_newline()
    {
        PunchTextReader.CountLines("a\nb\n"u8).ShouldBe(2);
        PunchTextReader.CountLines("a\r\nb"u8).ShouldBe(2);
        PunchTextReader.CountLines(""u8).ShouldBe(0);
    }

    [Fact]
    public void Should_take_serial_candidates_from_a_file_name()
    {
        PunchFileDevices.SerialCandidates("ABC123_attlog.dat").ShouldBe(["ABC123_attlog", "ABC123", "attlog"]);
        PunchFileDevices.SerialCandidates("../../etc/passwd").ShouldBe(["passwd"]);
    }
}
