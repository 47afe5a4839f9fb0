using Training.SharedKernel.Errors;

namespace Training.Supervision;

/// <summary>Supervision:00001–00099, in ranges by area.</summary>
public static class SupervisionErrorCodes
{
    // 00001–00019: the catalogue and what every area shares.
    public const string ReasonTooShort = "Supervision:00001";
    public const string UnknownCatalogueItem = "Supervision:00002";
    public const string CatalogueItemRetired = "Supervision:00003";
    public const string CatalogueCodeTaken = "Supervision:00004";
    public const string CategoryNotOfKind = "Supervision:00005";
    public const string NotAPhoto = "Supervision:00006";
    public const string PhotoTooLarge = "Supervision:00007";

    // 00020–00039: inspections, walk-throughs, findings and disputes.
    public const string UnknownWindow = "Supervision:00020";
    public const string UnknownStaff = "Supervision:00021";
    public const string FindingDisputed = "Supervision:00022";
    public const string DisputeClosed = "Supervision:00023";
    public const string DisputeNotPending = "Supervision:00024";
    public const string CommendationNotDisputable = "Supervision:00025";
    public const string WalkModeRequired = "Supervision:00026";
    public const string FindingNotYours = "Supervision:00027";
    public const string OwnDispute = "Supervision:00028";
    public const string UnknownWalkStep = "Supervision:00029";
    public const string UnknownUnit = "Supervision:00030";

    // 00040–00059: the rectification ledger.
    public const string LedgerWrongState = "Supervision:00040";
    public const string LedgerNotDue = "Supervision:00041";
    public const string LedgerNotYourUnit = "Supervision:00042";
    public const string LedgerDueInPast = "Supervision:00043";
    public const string LedgerDueTooFar = "Supervision:00044";
    public const string LedgerEvidenceTooLarge = "Supervision:00045";

    // 00060–00079: statistics, bulletins and the integration service.
    public const string PeriodTooLong = "Supervision:00060";
    public const string PeriodReversed = "Supervision:00061";
}

public sealed class SupervisionErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [SupervisionErrorCodes.ReasonTooShort] = new("“{0}”至少写 {1} 个字。", "“{2}” needs at least {1} characters."),
        [SupervisionErrorCodes.UnknownCatalogueItem] = new("督查事项目录里没有这一项。", "The supervision catalogue has no such item."),
        [SupervisionErrorCodes.CatalogueItemRetired] = new("督查事项“{0}”已停用，请选择在用的事项。", "The catalogue item “{0}” is retired; choose one in use."),
        [SupervisionErrorCodes.CatalogueCodeTaken] = new("督查事项编码“{0}”已被使用。", "The catalogue code “{0}” is taken."),
        [SupervisionErrorCodes.CategoryNotOfKind] = new("类别“{0}”不属于“{1}”。", "The category “{0}” is not a kind of “{1}”."),
        [SupervisionErrorCodes.NotAPhoto] = new("请上传 JPEG 或 PNG 照片。", "Upload a JPEG or PNG photo."),
        [SupervisionErrorCodes.PhotoTooLarge] = new("文件不能超过 {0} MB。", "The file must not exceed {0} MB."),
        [SupervisionErrorCodes.UnknownWindow] = new("没有这个窗口，或不在您的督查范围内。", "There is no such window in your scope."),
        [SupervisionErrorCodes.UnknownStaff] = new("没有这名工作人员，或不在您的督查范围内。", "There is no such staff member in your scope."),
        [SupervisionErrorCodes.FindingDisputed] = new("这条督查问题已经提出过异议（每条只能提一次）。", "This finding has already been disputed (once per finding)."),
        [SupervisionErrorCodes.DisputeClosed] = new("异议期限已过（{0} 截止）。", "The time to dispute ended on {0}."),
        [SupervisionErrorCodes.DisputeNotPending] = new("这条督查问题没有待裁定的异议。", "This finding has no dispute waiting for a decision."),
        [SupervisionErrorCodes.CommendationNotDisputable] = new("表扬不能提出异议。", "A commendation cannot be disputed."),
        [SupervisionErrorCodes.WalkModeRequired] = new("走流程须选择方式（办、代办、陪办、坐窗、倒推）。", "A walk-through needs its mode (apply, on behalf, accompany, sit in, backward)."),
        [SupervisionErrorCodes.FindingNotYours] = new("只有被督查的本人或其所在窗口单位负责人可以提出异议。", "Only the person the finding is about, or the lead of their unit, may dispute it."),
        [SupervisionErrorCodes.OwnDispute] = new("不能裁定自己提出的异议。", "You cannot decide your own dispute."),
        [SupervisionErrorCodes.UnknownWalkStep] = new("这次走流程没有这一步。", "This walk-through has no such step."),
        [SupervisionErrorCodes.UnknownUnit] = new("没有这个窗口单位，或不在您的督查范围内。", "There is no such window unit in your scope."),
        [SupervisionErrorCodes.LedgerWrongState] = new("这条台账当前为“{0}”，不能执行这一步。", "This ledger item is “{0}”; this action does not apply."),
        [SupervisionErrorCodes.LedgerNotDue] = new("这条台账还未到回头看时间（{0}）。", "This item's re-check is not due until {0}."),
        [SupervisionErrorCodes.LedgerNotYourUnit] = new("只有责任单位可以报送整改情况、登记自查问题（本单位或本大厅的单位）。", "Only the responsible unit reports progress or records self-check items (your own unit, or a unit of your hall)."),
        [SupervisionErrorCodes.LedgerDueInPast] = new("整改期限不能早于今天（{0}）。", "The deadline cannot be before today ({0})."),
        [SupervisionErrorCodes.LedgerDueTooFar] = new("整改期限不能晚于 {0}。", "The deadline cannot be after {0}."),
        [SupervisionErrorCodes.LedgerEvidenceTooLarge] = new("佐证文件“{0}”超过 {1} MB。", "The evidence file “{0}” exceeds {1} MB."),
        [SupervisionErrorCodes.PeriodTooLong] = new("统计期间不能超过 {0} 个月。", "The period must not exceed {0} months."),
        [SupervisionErrorCodes.PeriodReversed] = new("统计期间的结束月份不能早于开始月份。", "The period's last month must not be before its first."),
    };
}
