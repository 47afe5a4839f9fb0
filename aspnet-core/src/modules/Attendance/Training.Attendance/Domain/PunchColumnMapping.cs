using System.Globalization;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// How one device model's .csv or .xlsx export is read, saved once and reused for every file of that model: the
/// 1-based columns of user id, time, verify mode, state, work code and serial, the time format, the header rows to skip
/// and the .csv delimiter. Keyed by the model name.
/// </summary>
public sealed class PunchColumnMapping : AggregateRoot
{
    public static readonly string[] Delimiters = [",", ";", "|", "\t"];

    private PunchColumnMapping() { }

    public PunchColumnMapping(string model, SavePunchColumnMappingInput input) : base(Guid.NewGuid())
    {
        Model = model.Trim();
        Update(input);
    }

    public string Model { get; private set; } = "";
    public int HeaderRows { get; private set; }
    public string Delimiter { get; private set; } = ",";
    public int UserIdColumn { get; private set; }
    public int TimeColumn { get; private set; }
    public int? VerifyModeColumn { get; private set; }
    public int? StateColumn { get; private set; }
    public int? WorkCodeColumn { get; private set; }
    public int? SerialColumn { get; private set; }
    public string TimeFormat { get; private set; } = "";

    public void Update(SavePunchColumnMappingInput input)
    {
        if (!Delimiters.Contains(input.Delimiter)) throw Invalid($"delimiter “{input.Delimiter}”");
        int?[] columns = [input.UserIdColumn, input.TimeColumn, input.VerifyModeColumn, input.StateColumn, input.WorkCodeColumn, input.SerialColumn];
        var used = columns.Where(c => c is not null).ToList();
        if (used.Count != used.Distinct().Count()) throw Invalid("两个字段用了同一列 / two fields share a column");
        if (!FormatRoundTrips(input.TimeFormat)) throw Invalid($"time format “{input.TimeFormat}”");
        HeaderRows = input.HeaderRows;
        Delimiter = input.Delimiter;
        UserIdColumn = input.UserIdColumn;
        TimeColumn = input.TimeColumn;
        VerifyModeColumn = input.VerifyModeColumn;
        StateColumn = input.StateColumn;
        WorkCodeColumn = input.WorkCodeColumn;
        SerialColumn = input.SerialColumn;
        TimeFormat = input.TimeFormat;
    }

    /// <summary>The columns a line must have: up to the rightmost mapped one.</summary>
    public int RequiredColumns =>
        new[] { UserIdColumn, TimeColumn, VerifyModeColumn ?? 0, StateColumn ?? 0, WorkCodeColumn ?? 0, SerialColumn ?? 0 }.Max();

    /// <summary>A format must name the date and the time to the minute, and read back what it writes.</summary>
    private static bool FormatRoundTrips(string format)
    {
        var sample = new DateTime(2026, 11, 23, 14, 5, 9);
        try
        {
            var text = sample.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back)
                   && back.Date == sample.Date && back.Hour == sample.Hour && back.Minute == sample.Minute;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static BusinessException Invalid(string what) => new(AttendanceErrorCodes.PunchFiles.MappingInvalid, what);
}
