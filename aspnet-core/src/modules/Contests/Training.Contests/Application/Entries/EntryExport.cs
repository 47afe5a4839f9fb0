using Training.SharedKernel.Imports;

namespace Training.Contests.Application.Entries;

/// <summary>The entry list as .xlsx (报名表): draw number, people, unit, nominated by, confirmed, state — organisers only.</summary>
internal sealed class EntryExport(EntryReader entries)
{
    public async Task<(byte[] Content, string FileName)> ExportAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var list = await entries.ListAsync(contestId, cancellationToken);
        var rows = list.Select(e => new Dictionary<string, object?>
        {
            ["抽签号 Draw number"] = e.DrawNumber,
            ["姓名 Names"] = Spreadsheet.Neutralize(string.Join("、", e.Members.Select(m => m.Name))),
            ["工号 Staff numbers"] = Spreadsheet.Neutralize(string.Join("、", e.Members.Select(m => m.StaffNumber))),
            ["单位 Unit"] = Spreadsheet.Neutralize(e.UnitName ?? string.Join("、", e.Members.Select(m => m.UnitName).Distinct())),
            ["推荐人 Nominated by"] = Spreadsheet.Neutralize(e.NominatedByName),
            ["已确认 Confirmed"] = e.Confirmed ? "是 Yes" : "否 No",
            ["状态 State"] = e.State == EntryState.Entered ? "参赛 Entered" : "已退赛 Withdrawn",
            ["报名时间 Entered at (UTC)"] = e.EnteredAt.ToString("yyyy-MM-dd HH:mm"),
        }).ToList();
        if (rows.Count == 0)
            rows.Add(new Dictionary<string, object?> { ["抽签号 Draw number"] = null, ["姓名 Names"] = null, ["工号 Staff numbers"] = null, ["单位 Unit"] = null });
        return (Spreadsheet.Write(new Dictionary<string, object> { ["报名表"] = rows }), $"报名表-{contestId:N}.xlsx");
    }
}
