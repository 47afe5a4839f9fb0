using Training.Documents.Text;

namespace Training.Tests.Documents;

/// <summary>Chinese line breaking (kinsoku) and Latin words, on text shaped by HarfBuzz in the real CJK font.</summary>
public sealed class LineBreakingTests
{
    private const float Size = 10f;

    private static List<string> Lines(string text, float widthInEm)
    {
        var shaped = TestFonts.Fonts.Regular.Shape(text);
        return LineBreaker.Break(shaped, Size, widthInEm * Size).Select(l => shaped.TextOf(l.Start, l.End)).ToList();
    }

    public static TheoryData<string> ClosingMarks => new(BreakRules.Closing.Select(c => c.ToString()));

    public static TheoryData<string> OpeningMarks => new(BreakRules.Opening.Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(ClosingMarks))]
    public void Should_never_start_a_line_with_closing_punctuation(string mark)
    {
        // Ten ideographs fill a ten-em line exactly: without kinsoku the mark would open the second line.
        var text = "政务服务中心窗口培训" + mark + "完成情况良好";
        var lines = Lines(text, 10);
        lines.Count.ShouldBeGreaterThan(1);
        lines.Skip(1).ShouldAllBe(line => line.Length == 0 || !BreakRules.Closing.Contains(line[0]), string.Join(" | ", lines));
        string.Concat(lines).ShouldBe(text);
        lines[0].ShouldBe("政务服务中心窗口培");   // the character before the mark goes down with it
    }

    [Theory]
    [MemberData(nameof(OpeningMarks))]
    public void Should_never_end_a_line_with_opening_punctuation(string mark)
    {
        // The mark lands in the tenth em of a ten-em line: without kinsoku it would end the first line.
        var text = "政务服务中心窗口培" + mark + "完成情况良好";
        var lines = Lines(text, 10);
        lines.Count.ShouldBeGreaterThan(1);
        lines.ShouldAllBe(line => line.Length == 0 || !BreakRules.Opening.Contains(line[line.Length - 1]), string.Join(" | ", lines));
        string.Concat(lines).ShouldBe(text);
    }

    [Fact]
    public void Should_keep_latin_words_and_numbers_whole()
    {
        const string text = "本月共有Training2026课程12345.67学时由PDF文件导入完成率98.5%以上";
        var lines = Lines(text, 8);
        lines.Count.ShouldBeGreaterThan(3);
        lines.ShouldContain(l => l.Contains("Training2026"));
        lines.ShouldContain(l => l.Contains("12345.67"));
        lines.ShouldContain(l => l.Contains("98.5%"));
        string.Concat(lines).ShouldBe(text);
    }

    [Fact]
    public void Should_break_english_at_spaces_and_drop_the_space_at_the_line_end()
    {
        var lines = Lines("window service training handbook", 5);
        lines.ShouldBe(["window", "service", "training", "handbook"]);
    }

    [Fact]
    public void Should_cut_a_word_wider_than_the_line()
    {
        const string url = "https://training.example.cn/verify/ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var lines = Lines(url, 8);
        lines.Count.ShouldBeGreaterThan(1);
        string.Concat(lines).ShouldBe(url);
    }

    [Fact]
    public void Should_shape_latin_with_the_fonts_kerning()
    {
        // "AV" is kerned in the font's Latin: shaped, the pair is narrower than its two letters apart.
        var font = TestFonts.Fonts.Regular;
        font.Shape("AV").Width.ShouldBeLessThan(font.Shape("A").Width + font.Shape("V").Width);
    }
}
