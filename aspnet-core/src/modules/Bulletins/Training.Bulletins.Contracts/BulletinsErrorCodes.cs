using Training.SharedKernel.Errors;

namespace Training.Bulletins;

/// <summary>Bulletins:00001–00029.</summary>
public static class BulletinsErrorCodes
{
    public const string KindUnknown = "Bulletins:00001";
    public const string PeriodKindNotOffered = "Bulletins:00002";
    public const string ScopeNotOffered = "Bulletins:00003";
    public const string HallRequired = "Bulletins:00004";
    public const string PeriodNotOver = "Bulletins:00005";
    public const string PeriodNotClosed = "Bulletins:00006";
    public const string AlreadyPublished = "Bulletins:00007";
    public const string NotDraft = "Bulletins:00008";
    public const string NotPublished = "Bulletins:00009";
    public const string WithdrawReasonRequired = "Bulletins:00010";
    public const string StillRendering = "Bulletins:00011";
    public const string CronInvalid = "Bulletins:00012";
    public const string RenderFailed = "Bulletins:00013";
    public const string MonthRequired = "Bulletins:00014";
    public const string NoFile = "Bulletins:00015";
}

public sealed class BulletinsErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [BulletinsErrorCodes.KindUnknown] = new("没有“{0}”这种通报。", "There is no bulletin kind “{0}”."),
        [BulletinsErrorCodes.PeriodKindNotOffered] = new("这种通报不按所选周期（月度或年度）出。", "This kind of bulletin is not made for the chosen period (month or year)."),
        [BulletinsErrorCodes.ScopeNotOffered] = new("这种通报不出所选范围（中心或全市）的。", "This kind of bulletin is not made for the chosen scope (a hall or the city)."),
        [BulletinsErrorCodes.HallRequired] = new("请选择中心。", "Choose a hall."),
        [BulletinsErrorCodes.PeriodNotOver] = new("{0}还没有结束，不能出通报。", "{0} is not over yet: no bulletin can be made for it."),
        [BulletinsErrorCodes.PeriodNotClosed] = new("{0}的数据尚未关账，关账后才能出这份通报。", "The data of {0} is not closed yet; this bulletin comes after the close."),
        [BulletinsErrorCodes.AlreadyPublished] = new("这一期已经发布（{0}）。如需更正，请先撤回。", "This bulletin is already published ({0}). Withdraw it first to correct it."),
        [BulletinsErrorCodes.NotDraft] = new("只有草稿可以发布或删除。", "Only a draft can be published or discarded."),
        [BulletinsErrorCodes.NotPublished] = new("只有已发布的通报可以撤回。", "Only a published bulletin can be withdrawn."),
        [BulletinsErrorCodes.WithdrawReasonRequired] = new("撤回必须写明原因（至少 {0} 个字）。", "A withdrawal needs a reason (at least {0} characters)."),
        [BulletinsErrorCodes.StillRendering] = new("通报还在生成中，请稍候。", "The bulletin is still being rendered; please wait."),
        [BulletinsErrorCodes.CronInvalid] = new("“{0}”不是有效的 cron 表达式（分 时 日 月 周）。", "“{0}” is not a valid cron expression (minute hour day month weekday)."),
        [BulletinsErrorCodes.RenderFailed] = new("通报生成失败：{0}", "The bulletin could not be rendered: {0}"),
        [BulletinsErrorCodes.MonthRequired] = new("月度通报须选择月份（1–12）。", "A monthly bulletin needs a month (1–12)."),
        [BulletinsErrorCodes.NoFile] = new("这份通报没有文件。", "This bulletin has no file."),
    };
}
