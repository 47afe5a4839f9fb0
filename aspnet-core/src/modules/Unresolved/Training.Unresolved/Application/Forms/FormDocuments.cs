using Training.Documents;

namespace Training.Unresolved.Application.Forms;

/// <summary>
/// The three annexes of seed 003 laid out with the Documents blocks, in the seed's words and order. The forms are grids
/// of labelled boxes; here each group of boxes is a table whose headers are the labels and whose one row is the filled-in
/// text, so the printed page reads like the paper form (label above its box). Pure: a view in, a document out.
/// </summary>
internal static class FormDocuments
{
    public static DocumentBuilder Registration(RegistrationFormView v) => new DocumentBuilder()
        .Info($"{FormTexts.RegistrationTitle} {v.Number}", subject: "unresolved.registration", author: v.HallName)
        .Title(FormTexts.RegistrationTitle)
        .Paragraph($"编号：{v.Number}")
        .Table(Row([("反映人姓名", v.ComplainantName, 1.2f), ("联系电话", v.ComplainantContact, 1.3f), ("受理人员", v.RecordedBy, 1.1f),
            ("受理时间", v.ReceivedAt, 1.4f)]))
        .Table(Row([("反映情况记录", v.Record, 1f)]))
        .Heading("现场处理情况", 3)
        .Table(Row([("责任窗口（单位）", v.ResponsibleUnit, 1f), ("回复、处理情况", v.Reply, 2.4f)]))
        .Spacer(18)
        .Paragraph("经办人员签字：　　　　　　　　　　日期：　　　年　　月　　日")
        .Footer($"{v.HallName} “办不成事”窗口 {v.Number}", null);

    public static DocumentBuilder TransferSlip(TransferSlipView v)
    {
        var document = new DocumentBuilder()
            .Info($"{FormTexts.TransferSlipTitle} {v.Number}", subject: "unresolved.transfer", author: v.HallName)
            .Title(FormTexts.TransferSlipTitle)
            .Paragraph($"编号：{v.Number}")
            .Table(Row([("承办单位", v.Receiver, 2f), ("诉求类型", v.Category, 1.4f)]))
            .Table(Row([("受理时间", v.ReceivedAt, 1f), ("转办时间", v.TransferredAt, 1f)]))
            .Table(Row([("诉求人", v.ComplainantName, 1f), ("联系方式", v.ComplainantContact, 1.2f), ("应反馈时间", v.DueOn, 1.2f)]))
            .Table(Row([("诉求内容", v.Matter, 1f)]))
            .Paragraph($"转办人：{v.TransferredBy}　　{v.TransferredOnDate}")
            .Table(Row([("诉求处理及回复情况（表述详实、不符合办理条件的写明依据）", v.Answer, 1f)]))
            .Paragraph($"处办人：{v.AnsweredBy}　　{v.AnsweredOnDate}")
            .Table(Row([("备注", v.Remarks, 1f)]));
        if (v.ViaEfficiencySection) document.Paragraph(FormTexts.ViaEfficiencySection);
        return document
            .Paragraph(FormTexts.ConfidentialityNote)
            .Footer($"{v.HallName} “办不成事”窗口 {v.Number}", null);
    }

    public static DocumentBuilder ProblemList(ProblemListView v)
    {
        var period = $"{v.Year}年{v.Month}月";
        var lines = v.Lines.Select((line, i) => (Serial: i + 1, Line: line)).ToList();
        var document = new DocumentBuilder()
            .Info($"{FormTexts.ProblemListTitle} {v.HallName} {period}", subject: "unresolved.problem-list", author: v.HallName)
            .Title(FormTexts.ProblemListTitle)
            .Paragraph(FormTexts.ProblemListNote)
            .Paragraph($"{v.HallName}　　统计周期：{period}　　共 {lines.Count} 件");
        document.Table(new TableSpec<(int Serial, ProblemListLineView Line)>
        {
            Rows = lines,
            Columns =
            [
                new("序号", r => r.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture), ColumnAlign.Center, 0.6f),
                new("受理时间", r => r.Line.ReceivedAt, Weight: 1.1f),
                new("受理窗口", r => r.Line.Window, Weight: 1.1f),
                new("诉求人", r => r.Line.ComplainantName, Weight: 0.9f),
                new("联系电话", r => r.Line.ComplainantContact, Weight: 1.1f),
                new("反映渠道", r => r.Line.Channel, ColumnAlign.Center, 0.75f),
                new("具体问题诉求", r => r.Line.Request, Weight: 2f),
                new("处办及回复详细情况（处理中请标明）", r => r.Line.Handling, Weight: 2.2f),
                new("处办依据", r => r.Line.Basis, Weight: 1.1f),
                new("备注（若为上周期内未办结事项请备注“是”）", r => r.Line.CarriedOver, ColumnAlign.Center, 0.9f),
            ],
            Zebra = true,
        });
        return document.Footer($"{v.HallName} {FormTexts.ProblemListTitle} {period}", null);
    }

    /// <summary>A one-row table: each (label, text, weight) is a column headed by its label.</summary>
    private static TableSpec<int> Row(IReadOnlyList<(string Label, string Text, float Weight)> boxes) => new()
    {
        Rows = [0],
        Columns = boxes.Select(b => new TableColumn<int>(b.Label, _ => string.IsNullOrEmpty(b.Text) ? "　" : b.Text, Weight: b.Weight)).ToList(),
    };
}
