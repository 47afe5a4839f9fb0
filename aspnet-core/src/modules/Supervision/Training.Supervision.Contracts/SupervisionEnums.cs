namespace Training.Supervision;

/// <summary>A catalogue item is a violation (points off) or a commendation (points on).</summary>
public enum CatalogueKind
{
    Violation = 0,
    Commendation = 1,
}

/// <summary>
/// The categories of the catalogue: five kinds of violation (000, 002) and three kinds of commendation. Appraisal
/// schemes weigh categories; the catalogue only says which category an item is in.
/// </summary>
public enum CatalogueCategory
{
    WorkDiscipline = 0,       // 工作纪律
    AppearanceEtiquette = 1,  // 仪容仪表
    ServiceAttitude = 2,      // 服务态度
    Integrity = 3,            // 廉洁
    BusinessNorms = 4,        // 业务规范
    Banner = 10,              // 锦旗
    ThankYouLetter = 11,      // 感谢信
    GoodDeed = 12,            // 好人好事
}

/// <summary>明察, 暗访, 视频巡查, 随机巡查, 模拟办事 (000, 002), 走流程 (004), 投诉核查 (a check opened by a complaint).</summary>
public enum InspectionKind
{
    Open = 0,
    Covert = 1,
    VideoPatrol = 2,
    RandomCheck = 3,
    SimulatedService = 4,
    WalkThrough = 5,
    ComplaintCheck = 6,
}

/// <summary>The five modes of 局长走流程 (004): 办, 代办, 陪办, 坐窗, 倒推.</summary>
public enum WalkMode
{
    Apply = 0,
    OnBehalf = 1,
    Accompany = 2,
    SitIn = 3,
    Backward = 4,
}

/// <summary>Where a 倒推 walk-through starts: a bad rating, or a 12345 hotline complaint.</summary>
public enum BackwardSource
{
    BadRating = 0,
    Hotline12345 = 1,
}

/// <summary>Where a walk-through step was done.</summary>
public enum StepChannel
{
    Online = 0,
    Hall = 1,
}

/// <summary>A finding is against a person (and so their unit) or against a window (its unit).</summary>
public enum FindingTarget
{
    Person = 0,
    Window = 1,
}

/// <summary>
/// Counts: <see cref="Recorded"/> (from its recording) and <see cref="Upheld"/> (from its date). Does not count:
/// <see cref="Disputed"/> (until decided) and <see cref="Withdrawn"/> (never).
/// </summary>
public enum FindingState
{
    Recorded = 0,
    Disputed = 1,
    Upheld = 2,
    Withdrawn = 3,
}

/// <summary>Where a ledger item came from: a finding, a walk-through's improvement item, or a unit's own self-check 对照自查.</summary>
public enum LedgerSource
{
    Finding = 0,
    WalkThrough = 1,
    SelfCheck = 2,
}

/// <summary>
/// open → progress reported (staged) → rectified → accepted, or sent back (marked 虚假整改 or 敷衍整改) to be rectified
/// again; a 回头看 re-check can reopen an accepted item. Past its deadline and not rectified, an item is 拖而不改 (a
/// condition of the dates, not a state).
/// </summary>
public enum LedgerState
{
    Open = 0,
    InProgress = 1,
    Rectified = 2,
    Accepted = 3,
    SentBack = 4,
}

/// <summary>The reviewer's mark on an item sent back: 虚假整改 (false) or 敷衍整改 (perfunctory).</summary>
public enum SendBackMark
{
    False = 0,
    Perfunctory = 1,
}

/// <summary>What happened at a review: accepted, sent back (with its mark), or reopened by a 回头看 re-check.</summary>
public enum ReviewOutcome
{
    Accepted = 0,
    SentBack = 1,
    Reopened = 2,
    Confirmed = 3,
}
