using Training.SharedKernel.Errors;

namespace Training.Organization;

public static class OrganizationErrorCodes
{
    public const string HallCodeTaken = "Organization:00001";
    public const string UnitCodeTaken = "Organization:00002";
    public const string WindowCodeTaken = "Organization:00003";
    public const string StaffNumberTaken = "Organization:00004";
    public const string AlreadyAssigned = "Organization:00005";
    public const string NotAssigned = "Organization:00006";
    public const string NotEligibleForWindow = "Organization:00007";
    public const string WindowInactive = "Organization:00008";
    public const string OnlyDispatchedCanBeReturned = "Organization:00009";
    public const string StaffNotActive = "Organization:00010";
    public const string DateBeforeAssignmentStart = "Organization:00011";
    public const string HallParentCycle = "Organization:00012";
    public const string DispatchingDepartmentRequired = "Organization:00013";
    public const string OutsideYourHalls = "Organization:00014";
    public const string SameWindow = "Organization:00015";
    public const string DepartmentRequiredForStationedUnit = "Organization:00016";
    public const string UnknownReference = "Organization:00017";
    public const string StaffHasNoAccount = "Organization:00022";
    public const string WorkStartDateInFuture = "Organization:00023";
    public const string BackupIsPrimary = "Organization:00024";
    public const string BackupNotInUnit = "Organization:00025";
    public const string BackupOverlaps = "Organization:00026";
    public const string PrimaryNotAtWindow = "Organization:00027";
    public const string BackupDateOrder = "Organization:00028";
}

public sealed class OrganizationErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [OrganizationErrorCodes.HallCodeTaken] = new("中心编码“{0}”已存在。", "The hall code “{0}” is taken."),
        [OrganizationErrorCodes.UnitCodeTaken] = new("该中心已有单位编码“{0}”。", "The hall already has a unit with code “{0}”."),
        [OrganizationErrorCodes.WindowCodeTaken] = new("该中心已有窗口编号“{0}”。", "The hall already has a window numbered “{0}”."),
        [OrganizationErrorCodes.StaffNumberTaken] = new("工号“{0}”已存在。", "The staff number “{0}” is taken."),
        [OrganizationErrorCodes.AlreadyAssigned] = new("{0} 已在窗口 {1} 上岗，请使用“调岗”。", "{0} already works at window {1}; use “move”."),
        [OrganizationErrorCodes.NotAssigned] = new("{0} 当前没有窗口岗位。", "{0} has no current window post."),
        [OrganizationErrorCodes.NotEligibleForWindow] = new("{0} 不能上岗：{1}", "{0} cannot take a window post: {1}"),
        [OrganizationErrorCodes.WindowInactive] = new("窗口 {0} 已停用。", "Window {0} is not in use."),
        [OrganizationErrorCodes.OnlyDispatchedCanBeReturned] = new("只有派驻人员可以退回派驻部门。", "Only dispatched staff can be returned to their department."),
        [OrganizationErrorCodes.StaffNotActive] = new("{0} 已不在岗（已退回或离职）。", "{0} is no longer active (returned or left)."),
        [OrganizationErrorCodes.DateBeforeAssignmentStart] = new("日期 {0} 早于当前岗位的开始日期 {1}。", "The date {0} is before the current post started on {1}."),
        [OrganizationErrorCodes.HallParentCycle] = new("上级中心不能是其自身或下级。", "A hall cannot be its own parent or descendant."),
        [OrganizationErrorCodes.DispatchingDepartmentRequired] = new("派驻人员必须填写派驻部门。", "Dispatched staff need a dispatching department."),
        [OrganizationErrorCodes.OutsideYourHalls] = new("该中心不在您的管理范围内。", "This hall is outside the halls you manage."),
        [OrganizationErrorCodes.SameWindow] = new("{0} 已在该窗口。", "{0} already works at this window."),
        [OrganizationErrorCodes.DepartmentRequiredForStationedUnit] = new("进驻部门单位必须选择部门。", "A stationed-department unit needs its department."),
        [OrganizationErrorCodes.UnknownReference] = new("找不到{0}“{1}”。", "No {0} “{1}” was found."),
        [OrganizationErrorCodes.StaffHasNoAccount] = new("{0} 还没有登录账号。", "{0} has no sign-in account yet."),
        [OrganizationErrorCodes.WorkStartDateInFuture] = new("参加工作时间 {0} 不能晚于今天。", "The work start date {0} cannot be in the future."),
        [OrganizationErrorCodes.BackupIsPrimary] = new("B角不能是A角本人。", "The backup (B) cannot be the post holder (A) themself."),
        [OrganizationErrorCodes.BackupNotInUnit] = new("{0} 不是本窗口单位的在职人员，不能担任B角。", "{0} is not an active member of this window unit and cannot be the backup."),
        [OrganizationErrorCodes.BackupOverlaps] = new("该岗位在 {0} 至 {1} 已由 {2} 担任B角，期间不能重叠。", "The post already has {2} as backup from {0} to {1}; backup periods cannot overlap."),
        [OrganizationErrorCodes.PrimaryNotAtWindow] = new("{0} 当前不在窗口 {1} 上岗。", "{0} does not hold window {1} now."),
        [OrganizationErrorCodes.BackupDateOrder] = new("结束日期 {1} 不能早于开始日期 {0}。", "The end date {1} cannot be before the start date {0}."),
    };
}
