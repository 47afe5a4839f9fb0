namespace Training.Unresolved;

/// <summary>Who complains: a person or an enterprise (then its name too).</summary>
public enum ComplainantKind
{
    Person = 0,
    Enterprise = 1,
}

/// <summary>How the case came in: at the 办不成事 window, by the service hotline, or online.</summary>
public enum IntakeChannel
{
    Window = 0,
    Hotline = 1,
    Online = 2,
}

/// <summary>Out of scope per seed 003 (不含涉法、涉诉、涉访及与当前政策法规不符合的事项): recorded and closed at once.</summary>
public enum NotAcceptedReason
{
    /// <summary>涉法</summary>
    Legal = 0,
    /// <summary>涉诉</summary>
    Litigation = 1,
    /// <summary>涉访</summary>
    Petition = 2,
    /// <summary>与现行政策不符</summary>
    ContraryToPolicy = 3,
}

/// <summary>The guide's classification 分类处办 (seed 003, 工作流程 二).</summary>
public enum CaseCategory
{
    /// <summary>一般性情形: the guide coordinates the window's answer, on the spot or the same day.</summary>
    General = 0,
    /// <summary>较复杂情形: a case conference 一事一议 of the named sections.</summary>
    Complex = 1,
    /// <summary>服务不规范情形: 效能督查科 opens a complaint check in Supervision.</summary>
    NonStandardService = 2,
    /// <summary>未进驻情形: transferred to the responsible department or township (answer within 3 working days).</summary>
    NotStationed = 3,
    /// <summary>审批主体不明: transferred to the city convenience service centre.</summary>
    UnclearAuthority = 4,
}

public enum UnresolvedCaseState
{
    /// <summary>Recorded, not yet classified.</summary>
    Registered = 0,
    /// <summary>Classified, being handled in the hall.</summary>
    Handling = 1,
    /// <summary>Transferred to a receiver, waiting for its answer.</summary>
    Transferred = 2,
    /// <summary>The receiver answered; the follow-up call is due.</summary>
    Answered = 3,
    /// <summary>Handled in the hall; the follow-up call is due.</summary>
    AwaitingFollowUp = 4,
    /// <summary>The follow-up was unsatisfied: 效能督查科 answers within 2 working days.</summary>
    Escalated = 5,
    Closed = 6,
    /// <summary>Out of scope, recorded with the reason given to the complainant and closed at intake.</summary>
    NotAccepted = 7,
}

public enum CaseOutcome
{
    Resolved = 0,
    /// <summary>Explained and not resolvable (e.g. a 不予受理通知书 for policy reasons).</summary>
    NotResolvable = 1,
    NotAccepted = 2,
}

/// <summary>A step of a case's history; every step says who and when.</summary>
public enum CaseStepKind
{
    Intake = 0,
    NotAccepted = 1,
    Classified = 2,
    /// <summary>一般性: the guide records the window's answer.</summary>
    WindowAnswer = 3,
    /// <summary>一事一议: the sections met, and the outcome.</summary>
    Conference = 4,
    ComplaintCheckOpened = 5,
    Transferred = 6,
    FirstReply = 7,
    ReceiverAnswer = 8,
    FollowUp = 9,
    Escalated = 10,
    EscalationAnswer = 11,
    Closed = 12,
}

/// <summary>The deadlines of seed 003; their rows give the on-time rate per step.</summary>
public enum DeadlineKind
{
    /// <summary>一般性情形: resolved the day of intake.</summary>
    SameDayResolution = 0,
    /// <summary>The first reply to the complainant, the day of intake.</summary>
    FirstReply = 1,
    /// <summary>The receiver's answer, 3 working days after the transfer.</summary>
    ReceiverAnswer = 2,
    /// <summary>The follow-up call, 5 working days after intake or after the receiver's answer.</summary>
    FollowUp = 3,
    /// <summary>效能督查科's answer to an unsatisfied follow-up, 2 working days.</summary>
    EscalationAnswer = 4,
}

/// <summary>Who owns a deadline (and is told when it passes).</summary>
public enum DeadlineOwner
{
    /// <summary>The guide on duty the day of intake.</summary>
    Guide = 0,
    /// <summary>The staff member who recorded the case.</summary>
    Desk = 1,
    /// <summary>The receiver's liaisons.</summary>
    Receiver = 2,
    /// <summary>效能督查科: the hall's managers.</summary>
    EfficiencySection = 3,
}

/// <summary>Where cases are transferred: a department 部门, a township 镇(街道), or 市便民服务中心.</summary>
public enum ReceiverKind
{
    Department = 0,
    Township = 1,
    ConvenienceCentre = 2,
}
