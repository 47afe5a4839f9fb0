using Training.Documents;
using Training.Tests.Documents;
using Training.Unresolved.Application.Forms;

namespace Training.Tests.Unresolved;

/// <summary>
/// The three annexes of seed 003 as laid out, read back with pdftotext: the seed's labels and notes are on the page,
/// the filled-in text too, and the same view renders the same bytes. No database: the forms are pure composition.
/// </summary>
public sealed class FormDocumentTests
{
    [Fact]
    public void Should_print_the_registration_form_with_the_seeds_boxes()
    {
        var view = new RegistrationFormView("2026SZX007", "市政务服务中心", "李四", "13800001111", "王五", "2026-03-05 09:30",
            "（窗口反映）事项：不动产转移登记。窗口要求重复提交材料", "综合受理窗口1号", "3月5日 窗口答复：已一次性告知");

        var (path, first) = Render(FormDocuments.Registration(view), "unresolved-registration");
        var text = PdfTools.Text(path);

        foreach (var label in new[] { "“办不成事”事项登记表", "编号：2026SZX007", "反映人姓名", "联系电话", "受理人员", "受理时间", "反映情况记录",
                     "现场处理情况", "责任窗口（单位）", "回复、处理情况", "经办人员签字" })
            text.ShouldContain(label);
        text.ShouldContain("13800001111");
        text.ShouldContain("综合受理窗口1号");
        first.PageCount.ShouldBe(1);
        Bytes(FormDocuments.Registration(view)).ShouldBe(File.ReadAllBytes(path));
    }

    [Fact]
    public void Should_print_the_transfer_slip_with_its_confidentiality_note_and_the_hidden_complainant()
    {
        var view = new TransferSlipView("2026SZX008", "市政务服务中心", "市自然资源和规划局", "未进驻情形", "2026-03-05 09:30", "2026-03-05 10:10",
            FormTexts.Hidden, FormTexts.Hidden, "2026年3月10日", "建设工程规划许可：事项未进驻中心", "赵巡导", "2026年3月5日", "", "",
            "　　年　　月　　日", "请联系诉求人", ViaEfficiencySection: true);

        var (path, _) = Render(FormDocuments.TransferSlip(view), "unresolved-transfer-slip");
        var text = PdfTools.Text(path);

        foreach (var label in new[] { "“办不成事”反映事项转办单", "承办单位", "诉求类型", "受理时间", "转办时间", "诉求人", "联系方式", "应反馈时间",
                     "诉求内容", "转办人", "诉求处理及回复情况", "处办人", "备注", "已隐去", "经效能督查科转办，诉求人信息已隐去。" })
            text.ShouldContain(label);
        Compact(text).ShouldContain(Compact(FormTexts.ConfidentialityNote));
    }

    [Fact]
    public void Should_print_the_problem_list_with_its_note_and_the_carried_over_mark()
    {
        var view = new ProblemListView("市政务服务中心", 2026, 4,
        [
            new ProblemListLineView("2026-03-30 15:00", "综合受理窗口1号", "张三", "13900002222", "窗口", "2026SZX009 户籍迁入：来回跑",
                "处理中。3月30日 转市公安局处办", "未进驻情形", FormTexts.Yes),
            new ProblemListLineView("2026-04-02 10:00", "—", FormTexts.Hidden, FormTexts.Hidden, "热线", "2026SZX010 税务注销：无人受理",
                "4月2日 窗口答复：当场办结", "一般性情形", ""),
        ]);

        var (path, _) = Render(FormDocuments.ProblemList(view), "unresolved-problem-list");
        var text = PdfTools.Text(path);

        text.ShouldContain("“办不成事”问题清单表");
        text.ShouldContain("（本周期内未办结的诉求请在下个周期补充填写）");
        text.ShouldContain("2026年4月");
        foreach (var label in new[] { "受理时间", "受理窗口", "诉求人", "联系电话", "反映渠道", "具体问题诉求", "处办依据" })
            Compact(text).ShouldContain(label);
        Compact(text).ShouldContain("处办及回复详细情况（处理中请标明）");
        Compact(text).ShouldContain("处理中。3月30日转市公安局处办");
        text.ShouldContain("13900002222");
    }

    private static (string Path, RenderedDocument Rendered) Render(DocumentBuilder document, string name) => TestFonts.RenderToArtifact(document, name);

    private static byte[] Bytes(DocumentBuilder document)
    {
        using var output = new MemoryStream();
        new DocumentRenderer(TestFonts.Fonts).Render(document, output);
        return output.ToArray();
    }

    /// <summary>The text without the line breaks and spaces a table cell's wrapping puts in.</summary>
    internal static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
}
