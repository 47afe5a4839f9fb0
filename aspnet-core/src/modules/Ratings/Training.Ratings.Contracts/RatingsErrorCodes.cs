using Training.SharedKernel.Errors;

namespace Training.Ratings;

/// <summary>Ratings:00001–00099.</summary>
public static class RatingsErrorCodes
{
    public const string UnknownWindow = "Ratings:00001";
    public const string UnknownMatter = "Ratings:00002";
    public const string UnknownTag = "Ratings:00003";
    public const string CaseAlreadyRated = "Ratings:00004";
    public const string NotThisDevicesKey = "Ratings:00005";
    public const string WrongDeviceKind = "Ratings:00006";
    public const string InactiveDevice = "Ratings:00007";
    public const string UnknownStaff = "Ratings:00008";
    public const string RatedInFuture = "Ratings:00009";
    public const string CaseClosed = "Ratings:00010";
    public const string CaseWrongStep = "Ratings:00011";
    public const string FollowUpMissing = "Ratings:00012";
    public const string AppealDecided = "Ratings:00013";
    public const string AppealPending = "Ratings:00014";
    public const string AlreadyExcluded = "Ratings:00015";
    public const string ReasonTooShort = "Ratings:00016";
    public const string NotACandidate = "Ratings:00017";
    public const string FollowUpLinkInvalid = "Ratings:00018";
    public const string FollowUpRecorded = "Ratings:00019";
    public const string EnterpriseNameRequired = "Ratings:00020";
    public const string CreditCodeInvalid = "Ratings:00021";
    public const string PhoneInvalid = "Ratings:00022";
    public const string RepeatedInFile = "Ratings:00023";
    public const string UnknownUnit = "Ratings:00024";
    public const string UnitNotInHall = "Ratings:00025";
    public const string UnknownStaffNumber = "Ratings:00026";
    public const string PeriodInvalid = "Ratings:00027";
    public const string OnTimeAboveVolume = "Ratings:00028";
    public const string NotTheHandler = "Ratings:00029";
    public const string RepeatedInBatch = "Ratings:00030";
    public const string WindowRequired = "Ratings:00031";
    public const string NotAttributable = "Ratings:00032";
    public const string NumberInvalid = "Ratings:00033";
    public const string NotBad = "Ratings:00034";

    // The bad-rating loop, appeals and citizen data: 00040–00059.
    public const string CaseNotTaken = "Ratings:00040";
    public const string OwnCase = "Ratings:00041";
    public const string AppealNotYours = "Ratings:00042";
    public const string OwnAppeal = "Ratings:00043";

    // 00060–00079: the catalogue, surveys, service efficiency and statistics.
    public const string TagCodeTaken = "Ratings:00060";
    public const string RangeInvalid = "Ratings:00061";
    public const string ScoreInvalid = "Ratings:00062";
    public const string AspectWithoutSurvey = "Ratings:00063";
    public const string MonthInvalid = "Ratings:00064";
    public const string StaffWithoutUnit = "Ratings:00065";
}

public sealed class RatingsErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [RatingsErrorCodes.UnknownWindow] = new("本中心没有编号为“{0}”的窗口。", "This hall has no window “{0}”."),
        [RatingsErrorCodes.UnknownMatter] = new("本中心的事项目录里没有编码“{0}”。", "The hall's matter catalogue has no code “{0}”."),
        [RatingsErrorCodes.UnknownTag] = new("没有“{0}”这个评价标签。", "There is no indicator tag “{0}”."),
        [RatingsErrorCodes.CaseAlreadyRated] = new("办件“{0}”已经评价过（一次一评，每个渠道只能评价一次）。", "Case “{0}” has already been rated on this channel (one rating per case)."),
        [RatingsErrorCodes.NotThisDevicesKey] = new("这个设备密钥没有登记为评价器或办件系统。", "This device key belongs to no registered rating pad or case system."),
        [RatingsErrorCodes.WrongDeviceKind] = new("这台设备不能上报这类数据（评价器报评价，办件系统报办件量）。", "This device cannot send this (rating pads send ratings, case systems send case volumes)."),
        [RatingsErrorCodes.InactiveDevice] = new("这台设备已停用。", "This device is deactivated."),
        [RatingsErrorCodes.UnknownStaff] = new("本中心没有工号为“{0}”的工作人员。", "This hall has no staff member numbered “{0}”."),
        [RatingsErrorCodes.RatedInFuture] = new("评价时间晚于当前时间，请检查设备时钟。", "The rating is later than now; check the device's clock."),
        [RatingsErrorCodes.CaseClosed] = new("这件差评已经办结。", "This bad-rating case is closed."),
        [RatingsErrorCodes.CaseWrongStep] = new("这件差评当前在“{0}”环节，不能执行这一步。", "This case is at the “{0}” step; this action does not apply."),
        [RatingsErrorCodes.FollowUpMissing] = new("实名差评须先记录回访评价才能办结。", "A real-name bad rating needs its follow-up evaluation before it closes."),
        [RatingsErrorCodes.AppealDecided] = new("这件申诉已经裁定。", "This appeal has already been decided."),
        [RatingsErrorCodes.AppealPending] = new("这条评价已有待裁定的申诉。", "This rating already has an appeal waiting for a decision."),
        [RatingsErrorCodes.AlreadyExcluded] = new("这条评价已被剔除。", "This rating is already excluded."),
        [RatingsErrorCodes.ReasonTooShort] = new("“{0}”至少写 {1} 个字。", "“{2}” needs at least {1} characters."),
        [RatingsErrorCodes.NotACandidate] = new("只能认定为当时可能在窗口的人员之一。", "Choose one of the people who could have been at the window."),
        [RatingsErrorCodes.FollowUpLinkInvalid] = new("回访链接无效或已过期。", "This follow-up link is not valid or has expired."),
        [RatingsErrorCodes.FollowUpRecorded] = new("这件差评已经有回访评价。", "This case already has its follow-up evaluation."),
        [RatingsErrorCodes.EnterpriseNameRequired] = new("企业评价须填写企业名称。", "An enterprise's rating needs the enterprise's name."),
        [RatingsErrorCodes.CreditCodeInvalid] = new("统一社会信用代码应为 18 位数字或大写字母。", "A unified social credit code is 18 digits or capital letters."),
        [RatingsErrorCodes.PhoneInvalid] = new("手机号应为 11 位数字。", "A mobile number has 11 digits."),
        [RatingsErrorCodes.RepeatedInFile] = new("“{0}”在文件中重复出现（另见第 {1} 行）。", "“{0}” appears more than once in the file (see also row {1})."),
        [RatingsErrorCodes.UnknownUnit] = new("没有编码为“{0}”的窗口单位。", "There is no window unit “{0}”."),
        [RatingsErrorCodes.UnitNotInHall] = new("窗口单位“{0}”不属于所选中心。", "The window unit “{0}” is not in the chosen hall."),
        [RatingsErrorCodes.UnknownStaffNumber] = new("没有工号为“{0}”的工作人员，或不在您的管理范围内。", "There is no staff member numbered “{0}” in your scope."),
        [RatingsErrorCodes.PeriodInvalid] = new("期次应为 1–6（1 = 1–2 月 … 6 = 11–12 月）。", "The period is 1–6 (1 = Jan–Feb … 6 = Nov–Dec)."),
        [RatingsErrorCodes.OnTimeAboveVolume] = new("按时办结数不能大于办件量。", "On-time completions cannot exceed the case volume."),
        [RatingsErrorCodes.NotTheHandler] = new("这件差评由{0}办理，请先接手。", "This case is handled by {0}; take it over first."),
        [RatingsErrorCodes.RepeatedInBatch] = new("同一批次中办件“{0}”出现了多次。", "Case “{0}” appears more than once in the batch."),
        [RatingsErrorCodes.WindowRequired] = new("评价须说明窗口（评价器未绑定窗口）。", "The rating must name its window (the pad is bound to none)."),
        [RatingsErrorCodes.NotAttributable] = new("这条评价不需要认定工作人员。", "This rating needs no attribution."),
        [RatingsErrorCodes.NumberInvalid] = new("“{0}”应为不小于 0 的整数。", "“{0}” must be a whole number, 0 or more."),
        [RatingsErrorCodes.NotBad] = new("只有差评可以申诉。", "Only bad ratings can be appealed."),
        [RatingsErrorCodes.CaseNotTaken] = new("请先接手这件差评再办理。", "Take this case before acting on it."),
        [RatingsErrorCodes.OwnCase] = new("不能办理针对自己的差评。", "You cannot handle a bad rating of your own service."),
        [RatingsErrorCodes.AppealNotYours] = new("只有被评价的工作人员或其窗口单位负责人可以申诉。", "Only the staff member rated or a lead of their unit may appeal."),
        [RatingsErrorCodes.OwnAppeal] = new("不能裁定自己提出的申诉。", "You cannot decide an appeal you made."),
        [RatingsErrorCodes.TagCodeTaken] = new("评价标签编码“{0}”已被使用。", "The indicator tag code “{0}” is already used."),
        [RatingsErrorCodes.RangeInvalid] = new("统计期间须从起始日到截止日，最长 {0} 天。", "The period runs from its first to its last day, {0} days at most."),
        [RatingsErrorCodes.ScoreInvalid] = new("“{0}”应为 0–100 之间的分数。", "“{0}” must be a score from 0 to 100."),
        [RatingsErrorCodes.AspectWithoutSurvey] = new("分项得分对应的调查（{0} {1} 年第 {2} 期）不在“调查结果”工作表中。", "The aspect score's survey ({0}, {1} period {2}) is not on the results sheet."),
        [RatingsErrorCodes.MonthInvalid] = new("月份应为 1–12，年份应为 2000–2100。", "The month is 1–12 and the year 2000–2100."),
        [RatingsErrorCodes.StaffWithoutUnit] = new("工作人员“{0}”目前不在任何窗口单位。", "Staff member “{0}” belongs to no window unit now."),
    };
}
