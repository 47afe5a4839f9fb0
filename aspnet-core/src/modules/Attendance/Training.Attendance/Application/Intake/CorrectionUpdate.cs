using System.Globalization;
using System.Text;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// The one UPDATE that re-derives a device's punches in a raw-time range after a correction: the instant is the raw
/// time plus the stretch's seconds (correction − the zone's UTC offset, one CASE branch per stretch of constant offset),
/// the date is the date of the raw time plus the correction. The same arithmetic as <see cref="PunchTime.Derive"/>, in
/// SQL: SQLite on its text times (whole seconds, as stored), PostgreSQL on timestamptz.
/// </summary>
internal static class CorrectionUpdate
{
    public static (string Sql, object[] Arguments) Build(bool postgreSql, AttendanceDevice device, DateTime rawFrom, DateTime rawTo,
        IReadOnlyList<RawStretch> stretches, int correctionSeconds)
    {
        var arguments = new List<object>();
        string Arg(object value)
        {
            arguments.Add(value);
            return "{" + (arguments.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
        string Shift(int seconds) => postgreSql
            ? $"\"RawLocalTime\" + make_interval(secs => {Arg((double)seconds)})"
            : $"strftime('%Y-%m-%d %H:%M:%S', \"RawLocalTime\", {Arg(Modifier(seconds))})";

        var at = new StringBuilder();
        if (stretches.Count == 1) at.Append(Shift(stretches[0].SecondsToInstant));
        else
        {
            at.Append("CASE");
            for (var i = 0; i < stretches.Count - 1; i++) at.Append($" WHEN \"RawLocalTime\" < {Arg(stretches[i].To)} THEN {Shift(stretches[i].SecondsToInstant)}");
            at.Append($" ELSE {Shift(stretches[^1].SecondsToInstant)} END");
        }
        var date = postgreSql
            ? $"((\"RawLocalTime\" AT TIME ZONE 'UTC') + make_interval(secs => {Arg((double)correctionSeconds)}))::date"
            : $"date(\"RawLocalTime\", {Arg(Modifier(correctionSeconds))})";
        var sql = $"UPDATE \"{AttendanceDbContext.Prefix}_Punches\" SET \"At\" = {at}, \"Date\" = {date} "
                  + $"WHERE \"DeviceSerial\" = {Arg(device.SerialNumber)} AND \"DeviceId\" = {Arg(device.Id)} "
                  + $"AND \"RawLocalTime\" >= {Arg(rawFrom)} AND \"RawLocalTime\" < {Arg(rawTo)}";
        return (sql, arguments.ToArray());
    }

    private static string Modifier(int seconds) => (seconds >= 0 ? "+" : "") + seconds.ToString(CultureInfo.InvariantCulture) + " seconds";
}
