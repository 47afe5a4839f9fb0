using Training.Documents;
using Training.SharedKernel.Imports;
using Training.Unresolved.Application.Forms;

namespace Training.Unresolved.Application.ProblemList;

/// <summary>
/// The problem list as the monthly form export (.xlsx, headers Chinese first and English second, text cells neutralised)
/// and as the printable annex 2 (PDF). Both are made from the caller's list, so the complainant is already decided:
/// the workbook carries the list's words (已隐去 / Hidden), the PDF the form's (已隐去).
/// </summary>
internal sealed class ProblemListExport(ProblemListService lists, DocumentRenderer renderer)
{
    public const string Sheet = "问题清单 Problem list";
    public const string NotesSheet = "说明 Notes";

    public async Task<(byte[] Content, string FileName)> XlsxAsync(ProblemListInput input, CancellationToken cancellationToken)
    {
        var list = await lists.GetAsync(input, cancellationToken);
        var rows = list.Lines.Select(l => new Dictionary<string, object?>
        {
            ["序号 No."] = l.Serial,
            ["编号 Number"] = Spreadsheet.Neutralize(l.Number),
            ["受理时间 Received"] = FormTexts.Instant(l.ReceivedAt),
            ["受理窗口 Window"] = Spreadsheet.Neutralize(Window(l)),
            ["诉求人 Complainant"] = Spreadsheet.Neutralize(Complainant(l, l.ComplainantName)),
            ["联系电话 Contact"] = Spreadsheet.Neutralize(l.ComplainantContact),
            ["反映渠道 Channel"] = FormTexts.Channel(l.Channel),
            ["具体问题诉求 Request"] = Spreadsheet.Neutralize(Request(l)),
            ["处办及回复详细情况 Handling"] = Spreadsheet.Neutralize(Handling(l)),
            ["处办依据 Basis"] = Spreadsheet.Neutralize(l.Basis),
            ["备注（上周期未办结） Carried over"] = l.CarriedOver ? FormTexts.Yes : "",
        }).ToList();
        var content = Spreadsheet.Write(new Dictionary<string, object>
        {
            [Sheet] = rows.Count > 0 ? rows : [EmptyRow()],
            [NotesSheet] = new[]
            {
                new Dictionary<string, object?> { ["说明 Notes"] = $"{list.HallName} {list.Year}年{list.Month}月 {FormTexts.ProblemListTitle}" },
                new Dictionary<string, object?> { ["说明 Notes"] = FormTexts.ProblemListNote },
                new Dictionary<string, object?> { ["说明 Notes"] = "备注为“是”的，是上周期内未办结、本周期补充填写的诉求。" },
            },
        });
        return (content, $"办不成事问题清单-{list.HallName}-{list.Year:0000}-{list.Month:00}.xlsx");
    }

    public async Task<(byte[] Content, string FileName)> PdfAsync(ProblemListInput input, CancellationToken cancellationToken)
    {
        var list = await lists.GetAsync(input, cancellationToken);
        var view = new ProblemListView(list.HallName, list.Year, list.Month, list.Lines.Select(l => new ProblemListLineView(
            FormTexts.Instant(l.ReceivedAt), Window(l), l.ComplainantHidden ? FormTexts.Hidden : Complainant(l, l.ComplainantName),
            l.ComplainantHidden ? FormTexts.Hidden : l.ComplainantContact, FormTexts.Channel(l.Channel), Request(l), Handling(l), l.Basis,
            l.CarriedOver ? FormTexts.Yes : "")).ToList());
        using var output = new MemoryStream();
        renderer.Render(FormDocuments.ProblemList(view), output);
        return (output.ToArray(), $"办不成事问题清单-{list.HallName}-{list.Year:0000}-{list.Month:00}.pdf");
    }

    private static string Window(ProblemListLineDto l) =>
        l.WindowName ?? l.UnitName ?? "—";

    /// <summary>An enterprise's case names the enterprise and the person who came (both hidden alike).</summary>
    private static string Complainant(ProblemListLineDto l, string name) =>
        l.EnterpriseName is { } enterprise && !l.ComplainantHidden ? $"{enterprise}（{name}）" : name;

    private static string Request(ProblemListLineDto l) => $"{l.Number} {l.Matter}：{l.Description}";

    private static string Handling(ProblemListLineDto l) =>
        l.InProgress ? $"{FormTexts.InProgress}。{l.Handling}".TrimEnd('。') : l.Handling;

    private static Dictionary<string, object?> EmptyRow() => new()
    {
        ["序号 No."] = null, ["编号 Number"] = null, ["受理时间 Received"] = null, ["受理窗口 Window"] = null, ["诉求人 Complainant"] = null,
        ["联系电话 Contact"] = null, ["反映渠道 Channel"] = null, ["具体问题诉求 Request"] = null, ["处办及回复详细情况 Handling"] = null,
        ["处办依据 Basis"] = null, ["备注（上周期未办结） Carried over"] = null,
    };
}
