using Training.SharedKernel.Errors;

namespace Training.Attendance;

public static partial class AttendanceErrorCodes
{
    public const string LeaveTypeCodeTaken = "Attendance:00060";
    public const string LeaveTypeInactive = "Attendance:00061";
    public const string LeaveDateOrder = "Attendance:00062";
    public const string LeaveHasNoLength = "Attendance:00063";
    public const string LeaveOverlaps = "Attendance:00064";
    public const string LeaveBeyondBalance = "Attendance:00065";
    public const string LeaveNotPending = "Attendance:00066";
    public const string LeaveAlreadyStarted = "Attendance:00067";
    public const string LeaveOwnRequest = "Attendance:00068";
    public const string LeaveSecondApproverSame = "Attendance:00069";
    public const string LeaveNotApproved = "Attendance:00070";
    public const string StandInIsSelf = "Attendance:00071";
    public const string StandInDateOrder = "Attendance:00072";
    public const string StandInWithoutAccount = "Attendance:00073";
    public const string NoteAlreadyOpen = "Attendance:00074";
    public const string NoNoteOpen = "Attendance:00075";
    public const string NoteReturnNotAhead = "Attendance:00076";
    public const string NotAStaffMember = "Attendance:00077";
    public const string LeaveTypeHasNoBalance = "Attendance:00078";
    public const string LeaveTooLong = "Attendance:00079";
    public const string LeaveNotYours = "Attendance:00080";
    public const string BalanceHalfDays = "Attendance:00081";
    public const string LeaveStepNotYours = "Attendance:00082";
    public const string StandInUnknown = "Attendance:00083";
}

/// <summary>Texts of the absences area's errors (leave and whereabouts notes), zh-Hans first.</summary>
public sealed class AttendanceAbsencesErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [AttendanceErrorCodes.LeaveTypeCodeTaken] = new("假期类型编码“{0}”已存在。", "The leave type code “{0}” is taken."),
        [AttendanceErrorCodes.LeaveTypeInactive] = new("假期类型“{0}”已停用。", "The leave type “{0}” is not in use."),
        [AttendanceErrorCodes.LeaveDateOrder] = new("结束时间不能早于开始时间。", "The end cannot be before the start."),
        [AttendanceErrorCodes.LeaveHasNoLength] = new("所选时段内没有需要请假的工作日。", "The chosen stretch holds no working day to take leave on."),
        [AttendanceErrorCodes.LeaveOverlaps] = new("与已有的请假（{0} 至 {1}，{2}）时间重叠。", "It overlaps an existing request ({0} to {1}, {2})."),
        [AttendanceErrorCodes.LeaveBeyondBalance] = new("{0}余额不足：本次 {1} 天，剩余 {2} 天。",
            "Not enough {3} left: this request is {1} days, {2} days remain."),
        [AttendanceErrorCodes.LeaveNotPending] = new("该请假已不是待审批状态（{0}）。", "The request is no longer pending ({0})."),
        [AttendanceErrorCodes.LeaveAlreadyStarted] = new("请假已于 {0} 开始，不能撤回；请联系审批人撤销。",
            "The leave started on {0} and cannot be cancelled; ask an approver to revoke it."),
        [AttendanceErrorCodes.LeaveOwnRequest] = new("不能审批本人的请假。", "You cannot decide on your own leave request."),
        [AttendanceErrorCodes.LeaveSecondApproverSame] = new("第二级审批须由另一人（中心负责人）完成。",
            "The second approval must come from another person (the hall manager)."),
        [AttendanceErrorCodes.LeaveNotApproved] = new("只有已批准的请假可以撤销（当前：{0}）。", "Only approved leave can be revoked (now: {0})."),
        [AttendanceErrorCodes.StandInIsSelf] = new("代理审批人不能是本人。", "You cannot name yourself as your stand-in."),
        [AttendanceErrorCodes.StandInDateOrder] = new("代理结束日期不能早于开始日期。", "The stand-in's last day cannot be before the first."),
        [AttendanceErrorCodes.StandInWithoutAccount] = new("{0} 没有登录账号，不能代理审批。", "{0} has no sign-in account and cannot stand in."),
        [AttendanceErrorCodes.NoteAlreadyOpen] = new("您已有一条未结束的去向留言（{0}），请先点“我回来了”。",
            "You already have an open whereabouts note ({0}); press “I'm back” first."),
        [AttendanceErrorCodes.NoNoteOpen] = new("您当前没有未结束的去向留言。", "You have no open whereabouts note."),
        [AttendanceErrorCodes.NoteReturnNotAhead] = new("预计返回时间须在现在之后 {0} 小时以内。", "The expected return must be after now and within {0} hours."),
        [AttendanceErrorCodes.NotAStaffMember] = new("您的账号没有关联工作人员，不能请假或留言。", "Your account is not linked to a staff member: no leave or notes."),
        [AttendanceErrorCodes.LeaveTypeHasNoBalance] = new("假期类型“{0}”不设额度。", "The leave type “{0}” keeps no balance."),
        [AttendanceErrorCodes.LeaveTooLong] = new("一次请假最长 {0} 个自然日。", "One request spans at most {0} calendar days."),
        [AttendanceErrorCodes.LeaveNotYours] = new("只有申请人本人可以撤回请假。", "Only the requester can cancel a leave request."),
        [AttendanceErrorCodes.BalanceHalfDays] = new("额度以半天为单位。", "A balance is counted in half days."),
        [AttendanceErrorCodes.StandInUnknown] = new("本中心没有工号为“{0}”的人员。", "No one with staff number “{0}” works in your hall."),
        [AttendanceErrorCodes.LeaveStepNotYours] = new("该请假正等待{0}审批，您无权处理。", "The request waits for the {1}'s decision, which is not yours to make."),
    };
}
