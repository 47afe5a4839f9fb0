namespace Training.Organization.Seeding;

/// <summary>Deterministic Chinese names for demo people (the same names on every machine).</summary>
internal static class DemoNames
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "晨", "宇轩", "子涵", "欣怡", "浩然", "思远", "雨桐"];

    public static string For(int index) => Surnames[index % Surnames.Length] + Given[(index * 7 + index / Surnames.Length) % Given.Length];
}
