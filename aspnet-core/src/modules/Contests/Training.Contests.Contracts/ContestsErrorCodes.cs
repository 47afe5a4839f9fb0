using Training.SharedKernel.Errors;

namespace Training.Contests;

/// <summary>Contests:00001–00059: 01–19 contests and entries, 20–39 rounds and scoring, 40–59 the board and awards.</summary>
public static class ContestsErrorCodes
{
    // 00001–00019: contests and entries.
    public const string WrongState = "Contests:00001";
    public const string EntryWindowReversed = "Contests:00002";
    public const string EntryNotOpen = "Contests:00003";
    public const string AlreadyEntered = "Contests:00004";
    public const string NotInScope = "Contests:00005";
    public const string TeamTooLarge = "Contests:00006";
    public const string TeamOfOneUnit = "Contests:00007";
    public const string NotYourUnit = "Contests:00008";
    public const string WithdrawAfterFirstRound = "Contests:00009";
    public const string WrongEntryMode = "Contests:00010";
    public const string ScopeOutsideYours = "Contests:00011";
    public const string NotOrganiser = "Contests:00012";
    public const string AwardTiersInvalid = "Contests:00013";
    public const string EntrantCannotJudge = "Contests:00014";
    public const string AlreadyWithdrawn = "Contests:00015";
    public const string EntriesAwaitConfirmation = "Contests:00016";
    public const string ChiefJudgeNotJudge = "Contests:00017";
    public const string OwnerOutsideScope = "Contests:00018";

    // 00020–00039: rounds and scoring.
    public const string RoundsLocked = "Contests:00020";
    public const string WrittenRoundNeedsExam = "Contests:00021";
    public const string ExamOfAnotherOwner = "Contests:00022";
    public const string CriteriaRequired = "Contests:00023";
    public const string RoundWrongState = "Contests:00024";
    public const string JudgeNotOfContest = "Contests:00025";
    public const string NotAssignedJudge = "Contests:00026";
    public const string Recused = "Contests:00027";
    public const string ScoreOutOfRange = "Contests:00028";
    public const string SheetLocked = "Contests:00029";
    public const string NotChiefJudge = "Contests:00030";
    public const string ReasonRequired = "Contests:00031";
    public const string ExamLinkedElsewhere = "Contests:00032";
    public const string RoundNeedsJudges = "Contests:00033";
    public const string PreviousRoundOpen = "Contests:00034";
    public const string WrongCriterionCount = "Contests:00035";
    public const string SheetNotSubmitted = "Contests:00036";

    // 00040–00059: the board and awards.
    public const string RoundsNotClosed = "Contests:00040";
    public const string AlreadyPublished = "Contests:00041";
    public const string NoAward = "Contests:00042";
}

public sealed class ContestsErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [ContestsErrorCodes.WrongState] = new("大赛当前为“{0}”，不能执行这一步。", "The contest is “{0}”; this action does not apply."),
        [ContestsErrorCodes.EntryWindowReversed] = new("报名截止时间须晚于报名开始时间。", "Entry must close after it opens."),
        [ContestsErrorCodes.EntryNotOpen] = new("不在报名时间内（{0} 至 {1}）。", "Entry is not open (from {0} to {1})."),
        [ContestsErrorCodes.AlreadyEntered] = new("已经报名参加这场大赛。", "Already entered in this contest."),
        [ContestsErrorCodes.NotInScope] = new("参赛人员须属于大赛范围内的大厅。", "Entrants must belong to a hall in the contest's scope."),
        [ContestsErrorCodes.TeamTooLarge] = new("每队最多 {0} 人。", "A team has at most {0} people."),
        [ContestsErrorCodes.TeamOfOneUnit] = new("团队成员须来自同一个窗口单位。", "A team's members come from one window unit."),
        [ContestsErrorCodes.NotYourUnit] = new("只能推荐您负责的窗口单位的人员或团队。", "You may nominate only the people or team of a unit you lead."),
        [ContestsErrorCodes.WithdrawAfterFirstRound] = new("第一轮比赛开始后不能退赛。", "Withdrawal ends when the first round opens."),
        [ContestsErrorCodes.WrongEntryMode] = new("这场大赛为“{0}”，报名方式不符。", "This contest is “{0}”; the entry does not fit."),
        [ContestsErrorCodes.ScopeOutsideYours] = new("大赛范围须在您负责的大厅之内。", "The contest's halls must be within the halls you organise."),
        [ContestsErrorCodes.NotOrganiser] = new("只有这场大赛的组织者可以执行这一步。", "Only the contest's organisers may do this."),
        [ContestsErrorCodes.AwardTiersInvalid] = new("奖项设置须按等级排列，每项为名额或比例（比例合计不超过 100%）。",
            "Award tiers are in order, each a count or a share (shares add up to at most 100%)."),
        [ContestsErrorCodes.EntrantCannotJudge] = new("参赛人员不能担任本场大赛的评委或组织者。", "An entrant cannot judge or organise the same contest."),
        [ContestsErrorCodes.AlreadyWithdrawn] = new("这份报名已经退赛。", "This entry has already withdrawn."),
        [ContestsErrorCodes.EntriesAwaitConfirmation] = new("还有 {0} 份推荐或团队报名待确认。", "{0} nominations or team entries still await confirmation."),
        [ContestsErrorCodes.ChiefJudgeNotJudge] = new("主评委须是本场大赛的评委。", "The chief judge must be one of the contest's judges."),
        [ContestsErrorCodes.OwnerOutsideScope] = new("主办大厅须在大赛范围之内。", "The owning hall must be within the contest's scope."),
        [ContestsErrorCodes.RoundsLocked] = new("第一轮开始后不能再修改轮次。", "Rounds cannot change once the first round has opened."),
        [ContestsErrorCodes.WrittenRoundNeedsExam] = new("笔试轮须关联一场考试。", "A written round links an exam."),
        [ContestsErrorCodes.ExamOfAnotherOwner] = new("笔试考试须与大赛属于同一主办方。", "The written round's exam must have the contest's owner."),
        [ContestsErrorCodes.CriteriaRequired] = new("评分轮须设置评分项及满分。", "A judged round needs criteria with their maximum points."),
        [ContestsErrorCodes.RoundWrongState] = new("这一轮当前为“{0}”，不能执行这一步。", "This round is “{0}”; this action does not apply."),
        [ContestsErrorCodes.JudgeNotOfContest] = new("轮次评委须是本场大赛的评委。", "A round's judges must be judges of the contest."),
        [ContestsErrorCodes.NotAssignedJudge] = new("您不是这一轮的评委。", "You are not a judge of this round."),
        [ContestsErrorCodes.Recused] = new("评委须回避本单位的参赛人员。", "A judge may not score an entrant of their own unit."),
        [ContestsErrorCodes.ScoreOutOfRange] = new("“{0}”的得分须在 0 到 {1} 之间。", "The score for “{0}” must be between 0 and {1}."),
        [ContestsErrorCodes.SheetLocked] = new("评分表已提交锁定，只能由主评委说明理由后更正。", "The sheet is submitted and locked; only the chief judge may correct it, with a reason."),
        [ContestsErrorCodes.NotChiefJudge] = new("只有主评委可以更正已提交的评分。", "Only the chief judge may correct a submitted sheet."),
        [ContestsErrorCodes.ReasonRequired] = new("请填写理由。", "A reason is required."),
        [ContestsErrorCodes.ExamLinkedElsewhere] = new("这场考试已被另一场大赛使用。", "This exam is already used by another contest."),
        [ContestsErrorCodes.RoundNeedsJudges] = new("评分轮须指定评委。", "A judged round needs its judges."),
        [ContestsErrorCodes.PreviousRoundOpen] = new("请先结束正在进行的一轮。", "Close the round in progress first."),
        [ContestsErrorCodes.WrongCriterionCount] = new("评分表须为每个评分项给分（共 {0} 项）。", "A sheet scores every criterion ({0})."),
        [ContestsErrorCodes.SheetNotSubmitted] = new("评分表尚未提交，由评委本人修改即可。", "The sheet is not submitted yet; its judge may still change it."),
        [ContestsErrorCodes.RoundsNotClosed] = new("所有轮次结束后才能确定奖项和发布成绩。", "Awards and publication wait until every round has closed."),
        [ContestsErrorCodes.AlreadyPublished] = new("成绩已经发布，不能再修改。", "The results are published and cannot change."),
        [ContestsErrorCodes.NoAward] = new("没有这个奖项或证书。", "There is no such award or certificate."),
    };
}
