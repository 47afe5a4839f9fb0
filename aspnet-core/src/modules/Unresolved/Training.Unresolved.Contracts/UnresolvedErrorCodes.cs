using Training.SharedKernel.Errors;

namespace Training.Unresolved;

/// <summary>Unresolved:00001–00079, in ranges by area.</summary>
public static class UnresolvedErrorCodes
{
    // 00001–00019: intake and what every area shares.
    public const string ExplanationRequired = "Unresolved:00001";
    public const string UnknownUnit = "Unresolved:00002";
    public const string UnknownWindow = "Unresolved:00003";
    public const string EnterpriseNameRequired = "Unresolved:00004";
    public const string AttachmentTooLarge = "Unresolved:00005";

    // 00020–00039: handling and transfers.
    public const string WrongState = "Unresolved:00020";
    public const string WrongCategory = "Unresolved:00021";
    public const string ReceiverKindMismatch = "Unresolved:00022";
    public const string ReceiverInactive = "Unresolved:00023";
    public const string TransferByEfficiencySection = "Unresolved:00024";
    public const string FirstReplyGiven = "Unresolved:00025";
    public const string NotYourCase = "Unresolved:00026";
    public const string UnknownSection = "Unresolved:00027";
    public const string ComplaintCheckOpened = "Unresolved:00028";

    // 00040–00059: forms and lists (the registration form, the problem list, the transfer slip).

    // 00060–00079: statistics, the roster and the receivers.
    public const string UnknownLiaisonUser = "Unresolved:00060";
    public const string ReceiverNameTaken = "Unresolved:00061";
    public const string RosterDayOutsideMonth = "Unresolved:00062";
    public const string UnknownGuide = "Unresolved:00063";
    public const string ReceiverDepartmentRequired = "Unresolved:00064";
    public const string PeriodTooLong = "Unresolved:00065";
    public const string PeriodReversed = "Unresolved:00066";
}

public sealed class UnresolvedErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [UnresolvedErrorCodes.ExplanationRequired] = new("不予受理须写明向诉求人说明的理由。", "A case not accepted needs the explanation given to the complainant."),
        [UnresolvedErrorCodes.UnknownUnit] = new("本大厅没有这个窗口单位。", "The hall has no such window unit."),
        [UnresolvedErrorCodes.UnknownWindow] = new("本大厅没有这个窗口，或它不属于所选单位。", "The hall has no such window, or it is not of the unit chosen."),
        [UnresolvedErrorCodes.EnterpriseNameRequired] = new("企业诉求须填写企业名称。", "An enterprise's case needs the enterprise's name."),
        [UnresolvedErrorCodes.AttachmentTooLarge] = new("附件“{0}”超过 {1} MB。", "The attachment “{0}” exceeds {1} MB."),
        [UnresolvedErrorCodes.WrongState] = new("这件诉求当前为“{0}”，不能执行这一步。", "This case is “{0}”; this step does not apply."),
        [UnresolvedErrorCodes.WrongCategory] = new("这一步不适用于“{0}”的诉求。", "This step does not apply to a case classified “{0}”."),
        [UnresolvedErrorCodes.ReceiverKindMismatch] = new("“{0}”的诉求不能转给这类承办单位（未进驻转部门或镇街道，审批主体不明转市便民服务中心）。",
            "A case classified “{0}” cannot go to this kind of receiver (not stationed: a department or township; unclear authority: the convenience centre)."),
        [UnresolvedErrorCodes.ReceiverInactive] = new("承办单位“{0}”已停用。", "The receiver “{0}” is inactive."),
        [UnresolvedErrorCodes.TransferByEfficiencySection] = new("承办单位就是被反映的单位：须经效能督查科转办，诉求人信息将隐去。",
            "The receiver is the unit complained about: only the efficiency section transfers it, and the complainant stays hidden."),
        [UnresolvedErrorCodes.FirstReplyGiven] = new("已对诉求人进行过首次反馈。", "The complainant already had the first reply."),
        [UnresolvedErrorCodes.NotYourCase] = new("只有巡导员、效能督查科或登记这件诉求的工作人员可以执行这一步。",
            "Only the guide, the efficiency section or the staff member who recorded the case may do this."),
        [UnresolvedErrorCodes.UnknownSection] = new("“{0}”不是一事一议的参加科室（{1}）。", "“{0}” is not a conference section ({1})."),
        [UnresolvedErrorCodes.ComplaintCheckOpened] = new("这件诉求已启动投诉核查。", "A complaint check is already open for this case."),
        [UnresolvedErrorCodes.UnknownLiaisonUser] = new("没有用户名为“{0}”的账号。", "There is no account with the user name “{0}”."),
        [UnresolvedErrorCodes.ReceiverNameTaken] = new("承办单位“{0}”已存在。", "The receiver “{0}” exists already."),
        [UnresolvedErrorCodes.RosterDayOutsideMonth] = new("{0} 不在所排的月份内。", "{0} is not in the month being planned."),
        [UnresolvedErrorCodes.UnknownGuide] = new("值班巡导员须是本大厅的工作人员。", "The guide on duty must be a staff member of the hall."),
        [UnresolvedErrorCodes.ReceiverDepartmentRequired] = new("部门类承办单位须选择对应部门。", "A department receiver needs its department."),
        [UnresolvedErrorCodes.PeriodTooLong] = new("统计期间不能超过 {0} 个月。", "The period must not exceed {0} months."),
        [UnresolvedErrorCodes.PeriodReversed] = new("统计期间的结束不能早于开始。", "The period's end must not be before its start."),
    };
}
