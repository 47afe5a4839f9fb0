using System.Globalization;

namespace Training.Bench;

/// <summary>
/// A province's ranking for etc/bench.sh bulletin-pdf: people with Chinese names and units, scores in descending
/// order, remarks mixing Chinese, Latin and digits (as real remarks do: App打卡, PDF材料, 12学时). Seeded, so every
/// run draws the same rows.
/// </summary>
internal static class RankingGenerator
{
    public sealed record RankingRow(int Rank, string Name, string Unit, string Score, string Remark);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "欧阳", "司马"];
    private static readonly string[] GivenParts = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "心", "怡", "鑫", "宇"];
    private static readonly string[] Cities = ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"];
    private static readonly string[] Counters = ["市场监管", "税务", "人社", "医保", "公积金", "不动产登记", "出入境", "户政", "民政", "住建", "交通", "自然资源", "综合受理", "企业开办"];
    private static readonly string[] Remarks =
    [
        "", "", "", "完成全部{0}门课程", "App打卡迟到{0}次", "提交PDF材料{0}份", "获评A级窗口", "补训{0}学时（线上）", "Excel台账已更新",
        "离岗{0}次，已整改", "考试{0}分，优秀", "Q{0}季度服务之星",
    ];

    public static List<RankingRow> Generate(int count)
    {
        var random = new Random(2026);
        var rows = new List<RankingRow>(count);
        var score = 100.0;
        for (var i = 0; i < count; i++)
        {
            score -= random.NextDouble() * 40.0 / count * 2;
            var name = Surnames[random.Next(Surnames.Length)] + GivenParts[random.Next(GivenParts.Length)] + (random.Next(3) == 0 ? "" : GivenParts[random.Next(GivenParts.Length)]);
            var unit = $"{Cities[random.Next(Cities.Length)]}市政务服务中心{Counters[random.Next(Counters.Length)]}窗口";
            var remark = string.Format(CultureInfo.InvariantCulture, Remarks[random.Next(Remarks.Length)], random.Next(1, 13));
            rows.Add(new RankingRow(i + 1, name, unit, Math.Max(score, 0).ToString("0.00", CultureInfo.InvariantCulture), remark));
        }
        return rows;
    }
}
