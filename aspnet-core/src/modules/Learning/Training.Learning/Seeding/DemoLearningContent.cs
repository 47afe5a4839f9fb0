namespace Training.Learning.Seeding;

/// <summary>
/// The demo's pre-job course and its exam questions, written from the policy texts in shared/seeds (窗口服务规范,
/// 首问负责, 一次性告知, 限时办结, 好差评, 办不成事反映窗口, 岗前培训合格后方可上岗).
/// </summary>
internal static class DemoLearningContent
{
    public const string PreJobCourseCode = "GQ-001";
    public const string RoutineCourseCode = "RC-001";

    public static readonly (string Title, int Minutes, string Body)[] PreJobLessons =
    [
        ("窗口服务规范与礼仪", 20, """
            <h2>窗口服务规范</h2>
            <p>窗口工作人员是政务服务中心的“第一张名片”。上岗前须熟悉以下要求：</p>
            <ul><li>按时到岗，上下班指纹考勤，不迟到、不早退、不擅自脱岗；</li>
            <li>着装整洁，佩戴工作牌，举止文明，使用文明用语；</li>
            <li>短时离岗须执行去向留言制，外出须履行请假审批手续。</li></ul>
            """),
        ("首问负责、一次性告知与限时办结", 25, """
            <h2>三项基本制度</h2>
            <p><strong>首问负责制：</strong>群众首先询问的工作人员负责解答或引导，不得推诿。</p>
            <p><strong>一次性告知制：</strong>对材料不全的事项，一次性告知需要补正的全部材料。</p>
            <p><strong>限时办结制：</strong>在承诺时限内办结，不得无故拖延。</p>
            """),
        ("“好差评”与“办不成事”反映窗口", 15, """
            <h2>“好差评”</h2>
            <p>每个窗口设有评价器和二维码，每一条评价都对应办事群众、事项和经办人员。差评实行“受理—核实—整改—反馈—监督”闭环，实名差评回访整改率 100%。</p>
            <h2>“办不成事”反映窗口</h2>
            <p>群众反映的问题当天作出首次答复；转交部门的须在 3 个工作日内反馈，5 个工作日内回访。反映人的姓名和联系方式不得告知被反映单位。</p>
            """),
    ];

    /// <summary>Code, type, difficulty, stem, options, answer, explanation.</summary>
    public static readonly (string Code, QuestionType Type, Difficulty Difficulty, string Stem, string[] Options, string Answer, string Explanation)[] Questions =
    [
        ("GQ-Q01", QuestionType.SingleChoice, Difficulty.Easy, "群众首先询问的窗口工作人员应当如何处理？",
            ["告知其自行查询", "负责解答或引导到相关窗口", "请其改日再来", "转给其他同事"], "B", "首问负责制：首问者负责解答或引导，不得推诿。"),
        ("GQ-Q02", QuestionType.SingleChoice, Difficulty.Easy, "办事材料不全时，窗口应当：",
            ["每次告知一项缺少的材料", "一次性告知需要补正的全部材料", "直接退回不作说明", "先受理后再说"], "B", "一次性告知制。"),
        ("GQ-Q03", QuestionType.TrueFalse, Difficulty.Easy, "新进窗口工作人员须经岗前培训合格后方可上岗。", [], "true", "岗前培训合格后方可上岗。"),
        ("GQ-Q04", QuestionType.MultipleChoice, Difficulty.Medium, "以下哪些行为属于违反工作纪律？",
            ["迟到、早退", "擅自脱岗", "短时离岗时留下去向留言", "不履行请假审批手续外出"], "A,B,D", "去向留言是规定的做法，不属于违纪。"),
        ("GQ-Q05", QuestionType.SingleChoice, Difficulty.Medium, "实名差评的回访整改率目标是：",
            ["80%", "90%", "95%", "100%"], "D", "每一条实名差评都要回访整改。"),
        ("GQ-Q06", QuestionType.TrueFalse, Difficulty.Medium, "“办不成事”反映人的姓名和联系方式可以告知被反映单位，以便其直接联系。", [], "false",
            "反映人的信息对被反映单位保密。"),
        ("GQ-Q07", QuestionType.FillIn, Difficulty.Medium, "“办不成事”转交部门的问题，部门须在____个工作日内反馈。", [], "3|三", "3 个工作日内反馈，5 个工作日内回访。"),
        ("GQ-Q08", QuestionType.MultipleChoice, Difficulty.Medium, "差评处理闭环包括哪些环节？",
            ["受理", "核实", "整改", "反馈与监督"], "A,B,C,D", "受理—核实—整改—反馈—监督。"),
        ("GQ-Q09", QuestionType.SingleChoice, Difficulty.Hard, "派驻窗口工作人员的派驻期一般不少于：",
            ["半年", "一年", "两年", "三年"], "C", "派驻期一般不少于 2 年，人员变动须提前报备。"),
        ("GQ-Q10", QuestionType.FillIn, Difficulty.Easy, "窗口工作人员上下班实行____考勤。", [], "指纹|指纹打卡", "上下班指纹考勤。"),
    ];
}
