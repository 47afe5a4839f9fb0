using System.Globalization;

namespace Training.Unresolved.Application.Forms;

/// <summary>The printed forms' fixed words (seed 003's annexes) and how they write instants and dates.</summary>
internal static class FormTexts
{
    public const string RegistrationTitle = "“办不成事”事项登记表";
    public const string ProblemListTitle = "“办不成事”问题清单表";
    public const string TransferSlipTitle = "“办不成事”反映事项转办单";
    public const string ProblemListNote = "（本周期内未办结的诉求请在下个周期补充填写）";
    public const string ConfidentialityNote = "注：任何人不得将举报人的姓名及其联系方式泄漏给被举报单位，违者后果自负。";
    public const string ViaEfficiencySection = "经效能督查科转办，诉求人信息已隐去。";
    public const string Hidden = UnresolvedConsts.HiddenZh;
    public const string InProgress = "处理中";
    public const string Yes = "是";

    public static string Category(CaseCategory? category) => category switch
    {
        CaseCategory.General => "一般性情形",
        CaseCategory.Complex => "较复杂情形",
        CaseCategory.NonStandardService => "服务不规范情形",
        CaseCategory.NotStationed => "未进驻情形",
        CaseCategory.UnclearAuthority => "审批主体不明",
        _ => "待分类",
    };

    public static string Channel(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Window => "窗口",
        IntakeChannel.Hotline => "热线",
        _ => "线上",
    };

    public static string Reason(NotAcceptedReason reason) => reason switch
    {
        NotAcceptedReason.Legal => "涉法",
        NotAcceptedReason.Litigation => "涉诉",
        NotAcceptedReason.Petition => "涉访",
        _ => "与现行政策不符",
    };

    /// <summary>2026-03-05 09:30 in the hall's time zone (forms are read by people at the hall).</summary>
    public static string Instant(DateTime utc) =>
        Local(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>2026年3月5日, the way the annexes' 年 月 日 lines are filled in.</summary>
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(Local(utc)));

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc),
        TimeZoneInfo.FindSystemTimeZoneById(Training.SharedKernel.Time.BusinessDates.DefaultTimeZone));
}
