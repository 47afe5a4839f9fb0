using Training.SharedKernel.Imports;

namespace Training.Attendance.Application.Board;

/// <summary>
/// The monthly report as an .xlsx workbook: a sheet per unit and a sheet per person, headers Chinese first and English
/// second, one column per leave type found in the month. Text cells are neutralised (a name starting with "=" stays text).
/// </summary>
internal sealed class MonthlyReportExport(MonthlyReportService reports)
{
    public const string UnitSheet = "单位 Units";
    public const string PersonSheet = "人员 People";

    public async Task<(byte[] Content, string FileName)> ExportAsync(MonthlyReportExportInput input, CancellationToken cancellationToken)
    {
        var (units, people) = await reports.AllAsync(input, cancellationToken);
        var leaveTypes = units.SelectMany(u => u.Counts.LeaveByType).Concat(people.SelectMany(p => p.Counts.LeaveByType))
            .DistinctBy(l => l.LeaveTypeId).ToList();

        var unitRows = units.Select(u =>
        {
            var row = new Dictionary<string, object?>
            {
                ["大厅 Hall"] = Spreadsheet.Neutralize(u.HallName), ["单位 Unit"] = Spreadsheet.Neutralize(u.UnitName ?? "—"),
                ["人数 People"] = u.People,
            };
            return Fill(row, u.Counts, leaveTypes);
        }).ToList();
        var personRows = people.Select(p =>
        {
            var row = new Dictionary<string, object?>
            {
                ["工号 Staff number"] = Spreadsheet.Neutralize(p.StaffNumber), ["姓名 Name"] = Spreadsheet.Neutralize(p.Name),
                ["单位 Unit"] = Spreadsheet.Neutralize(p.UnitName),
            };
            return Fill(row, p.Counts, leaveTypes);
        }).ToList();
        var content = Spreadsheet.Write(new Dictionary<string, object>
        {
            [UnitSheet] = unitRows.Count > 0 ? unitRows : [Fill(new() { ["大厅 Hall"] = null, ["单位 Unit"] = null, ["人数 People"] = null }, null, leaveTypes)],
            [PersonSheet] = personRows.Count > 0 ? personRows : [Fill(new() { ["工号 Staff number"] = null, ["姓名 Name"] = null, ["单位 Unit"] = null }, null, leaveTypes)],
        });
        return (content, $"考勤月报-{input.Year:0000}-{input.Month:00}.xlsx");
    }

    /// <summary>The count columns; with no counts (an empty month) the headers alone, so the file still explains itself.</summary>
    private static Dictionary<string, object?> Fill(Dictionary<string, object?> row, ReportCountsDto? c, List<LeaveDaysDto> leaveTypes)
    {
        row["班次 Sessions"] = c?.Sessions;
        row["出勤天数 Worked days"] = c?.WorkedDays;
        row["迟到次数 Late"] = c?.Late;
        row["迟到分钟 Late minutes"] = c?.LateMinutes;
        row["早退次数 Early leave"] = c?.Early;
        row["缺勤次数 Absent"] = c?.Absent;
        row["擅自脱岗 Off post"] = c?.OffPost;
        row["未经批准外出 Out without leave"] = c?.OutWithoutLeave;
        row["请假天数 Leave days"] = c?.LeaveDays;
        foreach (var type in leaveTypes)
            row[Spreadsheet.Neutralize($"{type.NameZh} {type.NameEn}（天 days）")!] =
                c is null ? null : c.LeaveByType.FirstOrDefault(l => l.LeaveTypeId == type.LeaveTypeId)?.Days ?? 0;
        return row;
    }
}
