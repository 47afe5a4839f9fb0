using System.Globalization;

namespace Training.Documents.Samples;

/// <summary>Documents shaped like the ones the modules print: a monthly training bulletin and a pre-job certificate.</summary>
public static class SampleDocuments
{
    public const string BulletinTitle = "2026年11月培训完成情况通报";
    public const string VerifyUrl = "https://training.example.cn/verify/B7Q2M9XK";

    public sealed record UnitCompletion(string Unit, int Required, int Completed)
    {
        public double Rate => Required == 0 ? 0 : (double)Completed / Required;
    }

    /// <summary>Units of a city's service hall with their completion, in the order the bulletin ranks them.</summary>
    public static IReadOnlyList<UnitCompletion> Units(int count = 36)
    {
        string[] names = ["市场监管局", "税务局", "人社局", "医保局", "公积金中心", "不动产登记中心", "公安局出入境", "公安局户政", "民政局",
            "卫健委", "住建局", "交通运输局", "自然资源局", "生态环境局", "文旅局", "教育局", "司法局", "残联"];
        var units = new List<UnitCompletion>();
        for (var i = 0; i < count; i++)
        {
            var required = 20 + (i * 7) % 31;
            var completed = required - (i * 5) % 9 - i / 6;
            units.Add(new UnitCompletion($"{names[i % names.Length]}{(i >= names.Length ? "（二窗）" : "")}", required, Math.Max(0, completed)));
        }
        return units.OrderByDescending(u => u.Rate).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
    }

    /// <summary>The training bulletin: official header, title, paragraphs with every kind of punctuation, a ranked table, a chart, the QR code.</summary>
    public static DocumentBuilder TrainingBulletin(bool draft = false, int units = 36)
    {
        var rows = Units(units);
        var ranked = rows.Select((unit, index) => (Rank: index + 1, Unit: unit)).ToList();
        var required = rows.Sum(u => u.Required);
        var completed = rows.Sum(u => u.Completed);
        return new DocumentBuilder()
            .Info(BulletinTitle, "培训完成情况", "某某市政务服务管理办公室")
            .OfficialHeader("某某市政务服务管理办公室", draft ? null : "〔2026〕第3期", new DateOnly(2026, 12, 2))
            .Title(BulletinTitle)
            .Watermark(draft ? "草稿" : null)
            .Footer("某某市政务服务管理办公室 印发", VerifyUrl)
            .Heading("一、总体情况")
            .Paragraph($"11月，全市政务服务中心{rows.Count}个进驻单位应训{required}人，实训{completed}人，完成率{Percent((double)completed / required)}。" +
                       "各单位按照《政务服务人员岗前培训办法》（试行）要求，认真组织“线上学习＋线下考试”，其中PDF课件、Excel台账等内容（共12课时）反响良好；" +
                       "个别单位存在“拖而不改、虚假整改”等问题，已责成限期整改！")
            .Heading("二、各单位完成情况")
            .Table(new TableSpec<(int Rank, UnitCompletion Unit)>
            {
                Rows = ranked,
                Zebra = true,
                Columns =
                [
                    new("排名", r => r.Rank.ToString(CultureInfo.InvariantCulture), ColumnAlign.Center),
                    new("单位", r => r.Unit.Unit),
                    new("应训人数", r => r.Unit.Required.ToString(CultureInfo.InvariantCulture), ColumnAlign.Right),
                    new("实训人数", r => r.Unit.Completed.ToString(CultureInfo.InvariantCulture), ColumnAlign.Right),
                    new("完成率", r => Percent(r.Unit.Rate), ColumnAlign.Right),
                ],
                TotalRow = ["", "合计", required.ToString(CultureInfo.InvariantCulture), completed.ToString(CultureInfo.InvariantCulture), Percent((double)completed / required)],
            })
            .BarChart(new ChartSpec("完成率前五名（%）", rows.Take(5).Select(u => u.Unit).ToArray(),
                [new ChartSeries("完成率", rows.Take(5).Select(u => Math.Round(u.Rate * 100, 1)).ToArray())], "0.0"))
            .Heading("三、下一步要求")
            .List(["未完成单位须于12月10日前完成补训。", "各单位负责人对本单位培训质量负责。"], ordered: true)
            .QrCode(VerifyUrl, 84, "扫码核验本通报");
    }

    /// <summary>A one-page pre-job certificate: header, title, paragraphs, the verification QR.</summary>
    public static DocumentBuilder Certificate(string holder, string verifyUrl) =>
        new DocumentBuilder()
            .Info("岗前培训合格证明", holder)
            .OfficialHeader("某某市政务服务管理办公室", null, new DateOnly(2026, 11, 20))
            .Title("岗前培训合格证明")
            .Spacer(12)
            .Paragraph($"{holder}同志于2026年11月参加政务服务窗口岗前培训，完成全部课程（共40学时），考试成绩92分，经考核合格，准予上岗。")
            .Paragraph("特此证明。")
            .Spacer(24)
            .QrCode(verifyUrl, 110, "扫描二维码或访问 " + verifyUrl + " 核验")
            .Footer("本证明经核验有效", verifyUrl);

    private static string Percent(double rate) => rate.ToString("0.0%", CultureInfo.InvariantCulture);
}
