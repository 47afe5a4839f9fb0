using Training.SharedKernel.Errors;

namespace Training.Learning;

public static class LearningErrorCodes
{
    public const string QuestionCodeTaken = "Learning:00001";
    public const string ChoiceNeedsOptions = "Learning:00002";
    public const string AnswerNotAnOption = "Learning:00003";
    public const string SingleChoiceOneAnswer = "Learning:00004";
    public const string TrueFalseAnswer = "Learning:00005";
    public const string TooManyOptions = "Learning:00006";
    public const string TooManyTags = "Learning:00007";
    public const string CategoryNameTaken = "Learning:00008";
    public const string CourseCodeTaken = "Learning:00009";
    public const string CourseNotOpenToYou = "Learning:00010";
    public const string LessonNotInCourse = "Learning:00011";
    public const string NothingToEnroll = "Learning:00012";
    public const string UnknownAudienceValue = "Learning:00013";
    public const string CertificateAlreadyRevoked = "Learning:00014";
    public const string ExpiryBeforeIssue = "Learning:00015";
    public const string ExamNotOpen = "Learning:00016";
    public const string NoAttemptsLeft = "Learning:00017";
    public const string PastDeadline = "Learning:00018";
    public const string AttemptClosed = "Learning:00019";
    public const string NotEnoughQuestions = "Learning:00020";
    public const string ReviewNotYet = "Learning:00021";
    public const string ExamNeedsQuestions = "Learning:00022";
    public const string CloseBeforeOpen = "Learning:00023";
    public const string UnknownQuestionIndex = "Learning:00024";
    public const string NoPreJobCertificate = "Learning:00025";
    public const string PreJobCertificateExpired = "Learning:00026";
    public const string PreJobCertificateRevoked = "Learning:00027";
    public const string TooManyAttachments = "Learning:00028";
    public const string ExamRulesLocked = "Learning:00029";
    public const string ExamCloseOnlyLater = "Learning:00030";
    public const string OwnerHallRequired = "Learning:00031";
    public const string CityContentAdminOnly = "Learning:00032";
    public const string NoHallToOwn = "Learning:00033";
    public const string LessonReadTooShort = "Learning:00034";
    public const string CertificateNotPrintable = "Learning:00035";
    public const string ExamNotForYou = "Learning:00036";
}

public sealed class LearningErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [LearningErrorCodes.QuestionCodeTaken] = new("题目编号“{0}”已存在。", "The question code “{0}” is taken."),
        [LearningErrorCodes.ChoiceNeedsOptions] = new("选择题至少需要两个选项。", "A choice question needs at least two options."),
        [LearningErrorCodes.AnswerNotAnOption] = new("答案“{0}”不是题目的选项。", "The answer “{0}” is not one of the options."),
        [LearningErrorCodes.SingleChoiceOneAnswer] = new("单选题只能有一个答案。", "A single-choice question has exactly one answer."),
        [LearningErrorCodes.TrueFalseAnswer] = new("判断题的答案应为“对”或“错”。", "A true/false answer must be “true” or “false”."),
        [LearningErrorCodes.TooManyOptions] = new("选项不能超过 {0} 个。", "At most {0} options."),
        [LearningErrorCodes.TooManyTags] = new("标签不能超过 {0} 个。", "At most {0} tags."),
        [LearningErrorCodes.CategoryNameTaken] = new("分类“{0}”已存在。", "The category “{0}” exists."),
        [LearningErrorCodes.CourseCodeTaken] = new("课程编号“{0}”已存在。", "The course code “{0}” is taken."),
        [LearningErrorCodes.CourseNotOpenToYou] = new("该课程未发布，或不面向您所在的单位、窗口或人员类别。", "This course is not published, or not meant for your unit, window or staff kind."),
        [LearningErrorCodes.LessonNotInCourse] = new("该课时不属于此课程。", "This lesson is not part of the course."),
        [LearningErrorCodes.NothingToEnroll] = new("请选择人员、单位或窗口类型。", "Choose people, a unit or a window type."),
        [LearningErrorCodes.CertificateAlreadyRevoked] = new("该合格证已于 {0} 吊销。", "This certificate was revoked on {0}."),
        [LearningErrorCodes.ExpiryBeforeIssue] = new("有效期至 {0} 早于发证日期 {1}。", "The expiry {0} is before the issue date {1}."),
        [LearningErrorCodes.ExamNotOpen] = new("考试不在开放时间内（{0} 至 {1}）。", "The exam is not open ({0} to {1})."),
        [LearningErrorCodes.NoAttemptsLeft] = new("已用完 {0} 次考试机会。", "All {0} attempts are used."),
        [LearningErrorCodes.PastDeadline] = new("已超过交卷时间，系统已按保存的答案评分。", "The time is up; the attempt was graded with the saved answers."),
        [LearningErrorCodes.AttemptClosed] = new("本次考试已交卷。", "This attempt has been handed in."),
        [LearningErrorCodes.NotEnoughQuestions] = new("题库中符合规则的题目不足：需要 {0} 道，只有 {1} 道。", "The bank has too few questions for a rule: {0} needed, {1} found."),
        [LearningErrorCodes.ReviewNotYet] = new("考试结束（{0}）后才能查看答案和解析。", "Answers and explanations are shown after the exam closes ({0})."),
        [LearningErrorCodes.ExamNeedsQuestions] = new("试卷至少需要一道题目或一条抽题规则。", "A paper needs at least one question or one rule."),
        [LearningErrorCodes.CloseBeforeOpen] = new("结束时间应晚于开始时间。", "The exam must close after it opens."),
        [LearningErrorCodes.UnknownQuestionIndex] = new("试卷中没有第 {0} 题。", "The paper has no question {0}."),
        [LearningErrorCodes.NoPreJobCertificate] = new("尚未取得岗前培训合格证，须学完必修的岗前课程并通过岗前考试后方可上岗。",
            "no pre-job certificate yet; complete the required pre-job courses and pass the pre-job exam first."),
        [LearningErrorCodes.PreJobCertificateExpired] = new("岗前培训合格证已于 {0} 过期，须重新参加岗前培训考试。",
            "the pre-job certificate expired on {0}; pass the pre-job exam again."),
        [LearningErrorCodes.PreJobCertificateRevoked] = new("岗前培训合格证已于 {0} 吊销（{1}），须重新取得。",
            "the pre-job certificate was revoked on {0} ({1}); it must be earned again."),
        [LearningErrorCodes.TooManyAttachments] = new("每个课时最多 {0} 个附件。", "A lesson holds at most {0} attachments."),
        [LearningErrorCodes.ExamRulesLocked] = new("已有人参加此考试，考试规则（试卷、分值、时长、次数、及格线、评分方式、乱序、开始时间）不能再修改；可修改标题或推迟结束时间。",
            "Someone has started this exam: its rules (paper, points, time limit, attempts, pass mark, grading, shuffling, opening) can no longer change; the title may change and the close may move later."),
        [LearningErrorCodes.ExamCloseOnlyLater] = new("已有人参加此考试，结束时间只能推迟，不能早于 {0}。",
            "Someone has started this exam: its close can only move later, not before {0}."),
        [LearningErrorCodes.OwnerHallRequired] = new("您负责多个大厅，请选择内容所属的大厅。", "You manage several halls: choose the hall that owns this."),
        [LearningErrorCodes.CityContentAdminOnly] = new("全市统一的学习内容只能由管理员修改。", "The city's learning content can only be changed by an administrator."),
        [LearningErrorCodes.NoHallToOwn] = new("您不负责任何大厅，不能创建学习内容。", "You manage no hall, so you cannot create learning content."),
        [LearningErrorCodes.LessonReadTooShort] = new("请继续阅读：本节还需阅读 {0} 秒才能标记为已学完。",
            "Keep reading: this lesson can be marked as read in {0} seconds."),
        [LearningErrorCodes.CertificateNotPrintable] = new("已撤销的证书不能打印。", "A revoked certificate cannot be printed."),
        [LearningErrorCodes.ExamNotForYou] = new("这场考试只对指定人员开放。", "This exam is open to named people only."),
        [LearningErrorCodes.UnknownAudienceValue] = new("“{0}”不是有效的窗口类型或人员类别。", "“{0}” is not a window type or staff kind."),
    };
}
