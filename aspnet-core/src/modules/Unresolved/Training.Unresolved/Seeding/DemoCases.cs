using Training.Organization;
using Training.Supervision;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;

namespace Training.Unresolved.Seeding;

/// <summary>
/// Twenty-one demo cases of 市政务服务中心 over the past eight weeks, in every state and category: closed satisfied, closed
/// after escalation, not accepted (涉诉, 与现行政策不符), a complaint check in Supervision, transfers answered on time and
/// late, one through 效能督查科 to the unit complained about, some overdue, and today's new ones. Days count back in
/// working days from the latest (<see cref="Day"/>).
/// </summary>
internal sealed class DemoCases(
    HallInfo hall, IReadOnlyList<UnitInfo> units, IReadOnlyList<WindowInfo> windows, IReadOnlyDictionary<string, Receiver> receivers,
    DemoActor guide, DemoActor desk, DemoActor manager, DemoActor liaison, IReadOnlyList<DateOnly> past, UnresolvedDeadlines deadlines,
    ISupervisionIntegrationService supervision)
{
    private readonly Dictionary<int, int> _serials = [];

    public async Task<IReadOnlyList<UnresolvedCase>> BuildAsync(CancellationToken ct)
    {
        var cases = new List<UnresolvedCase>();

        var c = Intake(40, IntakeChannel.Window, "张海燕", "13812345601", null, "营业执照经营范围变更", "SJ",
            "经营范围表述按窗口要求修改三次仍未受理，窗口未一次性告知规范表述。");
        await ClassifyAsync(c, CaseCategory.General, 40);
        c.RecordWindowAnswer("巡导员协调市场监管窗口，按国民经济行业分类规范表述后当场受理。", guide.On(Day(40), 11));
        await FollowUpAsync(c, true, 38, "回访：已领取新执照，满意。");
        cases.Add(c);

        c = Intake(38, IntakeChannel.Hotline, "李建国", "13912345602", null, "建筑工程施工许可咨询", null,
            "施工许可事项未进驻中心，来中心多次找不到办理部门。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 38);
        await TransferAsync(c, "市住房和城乡建设局", 38, "请联系诉求人说明办理地点和材料。", guide);
        FirstReply(c, 38, "已转市住房和城乡建设局，三个工作日内联系您。");
        await AnswerAsync(c, 36, "已电话联系诉求人，告知在住建局政务窗口办理并一次性告知材料。");
        await FollowUpAsync(c, true, 34, "回访：已按告知材料提交，满意。");
        cases.Add(c);

        c = Intake(35, IntakeChannel.Window, "王丽华", "13712345603", null, "撤销不动产登记", "BDC",
            "对房屋买卖合同纠纷判决不服，要求中心撤销已办理的不动产登记。");
        c.NotAccept(NotAcceptedReason.Litigation, "该诉求涉及诉讼，不属于办不成事受理范围，已告知可依法申请再审或向法院咨询。",
            desk.On(Day(35), 10), Guid.NewGuid());
        cases.Add(c);

        c = Intake(33, IntakeChannel.Window, "赵明", "13612345604", "常熟市明远机械有限公司", "跨部门联办：新建厂房不动产首次登记", "BDC",
            "厂房竣工验收与不动产首次登记涉及多个窗口，各窗口互相要求先办对方事项。");
        await ClassifyAsync(c, CaseCategory.Complex, 33);
        FirstReply(c, 33, "已启动一事一议，会商后答复。");
        c.RecordConference(["业务协调科", "效能督查科", "审改科", "政策法规科"],
            "会商决定：采用容缺受理，竣工验收备案与首次登记并联办理，由不动产登记窗口牵头。", guide.On(Day(32), 15));
        await FollowUpAsync(c, true, 29, "回访：首次登记已办结，满意。");
        cases.Add(c);

        c = Intake(30, IntakeChannel.Online, "孙伟", "13512345605", null, "户籍迁入", "GA",
            "公安窗口工作人员要求提供办事指南未列明的证明材料，且态度生硬。");
        await ClassifyAsync(c, CaseCategory.NonStandardService, 30);
        FirstReply(c, 30, "已移交效能督查科核查，核查后答复。");
        await ComplaintCheckAsync(c, 30);
        await FollowUpAsync(c, true, 27, "回访：已按指南办结迁入，对核查处理满意。");
        cases.Add(c);

        c = Intake(28, IntakeChannel.Hotline, "周晓梅", "13412345606", null, "老旧小区加装电梯补贴", null,
            "加装电梯补贴申请不知向哪个部门提出，多个部门均称不归其管。");
        await ClassifyAsync(c, CaseCategory.UnclearAuthority, 28);
        await TransferAsync(c, "市便民服务中心", 28, "审批主体不明，请按工单流程处办。", manager);
        FirstReply(c, 28, "已转市便民服务中心处办。");
        await AnswerAsync(c, 25, "经协调由街道受理初审、住建部门复核，已告知诉求人。");
        await FollowUpAsync(c, false, 22, "回访：对需两处跑腿不满意。");
        c.AnswerEscalation(CaseOutcome.NotResolvable, "效能督查科会同住建、街道分析：现行办法须两级审核，已推动线上流转，诉求人无需再跑街道。",
            manager.On(Day(21), 16), Guid.NewGuid());
        cases.Add(c);

        c = Intake(25, IntakeChannel.Window, "吴芳", "13312345607", null, "农村宅基地建房审批", null,
            "宅基地建房审批按权限应由镇（街道）办理，来中心无法办理。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 25);
        await TransferAsync(c, "城关街道", 25, "请街道联系诉求人。", guide);
        FirstReply(c, 25, "已转城关街道处办。");
        await AnswerAsync(c, 20, "街道已受理并联系诉求人踏勘。");
        await FollowUpAsync(c, true, 18, "回访：已受理，满意。");
        cases.Add(c);

        c = Intake(22, IntakeChannel.Window, "郑强", "13212345608", null, "社保关系转移", "RS",
            "窗口称系统故障无法转移，已来回跑两次。");
        await ClassifyAsync(c, CaseCategory.General, 22);
        c.RecordWindowAnswer("协调人社窗口启用备用流程当场办结。", guide.On(Day(22), 10.8));
        await FollowUpAsync(c, true, 20, "回访：满意。");
        cases.Add(c);

        c = Intake(20, IntakeChannel.Hotline, "冯丽", "13112345609", null, "要求按旧政策发放补贴", "YB",
            "要求按已废止的旧办法发放医保补贴。");
        c.NotAccept(NotAcceptedReason.ContraryToPolicy, "所提要求与现行政策不符，已解释现行办法和执行时间。", desk.On(Day(20), 14), Guid.NewGuid());
        cases.Add(c);

        c = Intake(18, IntakeChannel.Window, "陈静", "13012345610", null, "建设工程规划许可证核发", "BDC",
            "规划许可事项未在中心受理，不动产登记窗口推诿称不归其管。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 18);
        await TransferAsync(c, "市自然资源和规划局", 18, "经效能督查科转办，诉求人信息已隐去，请核查处办并反馈窗口。", manager);
        FirstReply(c, 18, "已经效能督查科转市自然资源和规划局处办。");
        await AnswerAsync(c, 16, "已核查，规划许可在局机关办理，已完善中心告知单。");
        await FollowUpAsync(c, false, 14, "回访：对窗口推诿未作说明，不满意。");
        c.AnswerEscalation(CaseOutcome.Resolved, "效能督查科约谈窗口负责人，完善首问负责，已向诉求人致歉并办结。",
            manager.On(Day(13), 11), Guid.NewGuid());
        cases.Add(c);

        c = Intake(15, IntakeChannel.Window, "楚天", "18912345611", "常熟市天成贸易有限公司", "进出口经营者备案与外汇登记联办", "ZH",
            "进出口备案与外汇登记分属不同部门，窗口均不能一次讲清。");
        await ClassifyAsync(c, CaseCategory.Complex, 15);
        FirstReply(c, 15, "已组织一事一议。");
        c.RecordConference(["业务协调科", "审改科"], "会商决定由综合受理窗口一窗受理，后台分办。", guide.On(Day(14), 15));
        cases.Add(c);

        c = Intake(12, IntakeChannel.Online, "卫红", "18812345612", null, "医师执业注册变更", null,
            "医师执业注册变更事项未进驻中心。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 12);
        await TransferAsync(c, "市卫生健康委员会", 12, null, guide);
        FirstReply(c, 11, "已转市卫生健康委员会。");
        await AnswerAsync(c, 9, "已联系诉求人，告知网上办理路径。");
        cases.Add(c);

        c = Intake(10, IntakeChannel.Hotline, "蒋伟", "18712345613", null, "商品房预售资金监管账户变更", null,
            "预售资金监管账户变更事项未进驻中心，热线称到中心办理。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 10);
        await TransferAsync(c, "市住房和城乡建设局", 10, "请三个工作日内联系诉求人。", guide);
        FirstReply(c, 10, "已转市住房和城乡建设局。");
        cases.Add(c);

        c = Intake(8, IntakeChannel.Window, "沈洁", "18612345614", null, "个体户注销", "SJ", "注销时窗口要求先清税，但税务窗口称无需清税。");
        await ClassifyAsync(c, CaseCategory.General, 8);
        c.RecordWindowAnswer("协调市场监管与税务窗口统一口径：简易注销无需清税证明，当场受理。", guide.On(Day(8), 11));
        cases.Add(c);

        c = Intake(6, IntakeChannel.Window, "韩梅", "18512345615", null, "门牌号码证明", null, "门牌证明开具部门不明，多处询问无果。");
        await ClassifyAsync(c, CaseCategory.UnclearAuthority, 6);
        await TransferAsync(c, "市便民服务中心", 6, null, manager);
        FirstReply(c, 6, "已转市便民服务中心。");
        await AnswerAsync(c, 4, "经核实由属地派出所开具，已告知诉求人。");
        await FollowUpAsync(c, false, 2, "回访：派出所称需中心出具函件，仍未办成，不满意。");
        cases.Add(c);

        c = Intake(3, IntakeChannel.Window, "杨帆", "18412345616", null, "失业保险金申领", "RS", "窗口工作人员未履行一次性告知，往返三次。");
        await ClassifyAsync(c, CaseCategory.NonStandardService, 3);
        FirstReply(c, 3, "已报效能督查科。");
        cases.Add(c);

        c = Intake(2, IntakeChannel.Online, "朱敏", "18312345617", null, "物业服务企业资质变更", null, "物业企业资质事项未进驻中心。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 2);
        await TransferAsync(c, "市住房和城乡建设局", 2, "请联系诉求人。", guide);
        FirstReply(c, 2, "正在转办。");
        cases.Add(c);

        c = Intake(1, IntakeChannel.Hotline, "秦岭", "18212345618", null, "道路运输经营许可", null, "道路运输经营许可事项未进驻中心。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 1);
        await TransferAsync(c, "市交通运输局", 1, null, guide);
        FirstReply(c, 1, "已转市交通运输局。");
        cases.Add(c);

        cases.Add(Intake(0, IntakeChannel.Hotline, "许诺", "18112345619", null, "公积金提取", null, "公积金提取材料要求前后不一。"));

        c = Intake(0, IntakeChannel.Window, "何平", "18012345620", null, "身份证补领", "GA", "窗口称需户籍地办理，实际可跨省通办。");
        await ClassifyAsync(c, CaseCategory.General, 0);
        cases.Add(c);

        c = Intake(0, IntakeChannel.Window, "吕强", "17712345621", "常熟市吕氏建材有限公司", "建筑业企业资质延续", null, "资质延续事项未进驻中心，不知去哪里办理。");
        await ClassifyAsync(c, CaseCategory.NotStationed, 0);
        await TransferAsync(c, "市住房和城乡建设局", 0, "企业资质延续，请联系诉求人。", guide);
        FirstReply(c, 0, "已转市住房和城乡建设局。");
        cases.Add(c);
        return cases;
    }

    /// <summary>The working day <paramref name="back"/> working days before the latest one.</summary>
    private DateOnly Day(int back) => past[Math.Max(0, past.Count - 1 - back)];

    private UnresolvedCase Intake(int back, IntakeChannel channel, string name, string phone, string? enterprise, string matter,
        string? unitCode, string description)
    {
        var day = Day(back);
        var serial = _serials[day.Year] = _serials.GetValueOrDefault(day.Year) + 1;
        var unit = unitCode is null ? null : units.FirstOrDefault(u => u.Code == unitCode);
        var window = unit is null ? null : windows.FirstOrDefault(w => w.UnitId == unit.Id);
        return new UnresolvedCase(Guid.NewGuid(), hall.Id, hall.Code, serial,
            new CaseComplainant(enterprise is null ? ComplainantKind.Person : ComplainantKind.Enterprise, name, phone, enterprise),
            channel, matter, unit?.Id, window?.Id, description, desk.On(day, 8.5 + serial % 4 * 0.25), guide.StaffId, guide.Name);
    }

    private async Task ClassifyAsync(UnresolvedCase c, CaseCategory category, int back) =>
        c.Classify(category, null, await deadlines.FollowUpDueAsync(hall.Id, c.ReceivedOn, CancellationToken.None), guide.On(Day(back), 9.5));

    private void FirstReply(UnresolvedCase c, int back, string text) => c.RecordFirstReply(text, desk.On(Day(back), 16.5));

    private async Task ComplaintCheckAsync(UnresolvedCase c, int back)
    {
        var inspection = await supervision.OpenComplaintCheckAsync(new ComplaintCheckRequest(hall.Id, c.UnitId, c.WindowId, null, c.Number,
            $"办不成事 {c.Number}：{c.Matter}\n{c.Description}", Day(back)));
        c.ComplaintCheckOpened(inspection, "效能督查科启动投诉件办理机制。", manager.On(Day(back), 14));
    }

    private async Task TransferAsync(UnresolvedCase c, string receiverName, int back, string? note, DemoActor by)
    {
        var receiver = receivers[receiverName];
        var complained = receiver.DepartmentId is { } d && c.UnitId is { } u && units.FirstOrDefault(x => x.Id == u)?.DepartmentId == d;
        var day = Day(back);
        c.Transfer(receiver.Id, receiver.Name, receiver.Kind, complained, note,
            await deadlines.ReceiverAnswerDueAsync(hall.Id, day, CancellationToken.None), by.On(day, 14.5));
    }

    private async Task AnswerAsync(UnresolvedCase c, int back, string text)
    {
        var day = Day(back);
        var answeredBy = c.Transfers[^1].ReceiverName == DemoReceiverOfLiaison ? liaison : manager;
        c.AnswerTransfer(c.Transfers[^1].Id, text, await deadlines.FollowUpDueAsync(hall.Id, day, CancellationToken.None), answeredBy.On(day, 10.5));
    }

    private const string DemoReceiverOfLiaison = UnresolvedDemoDataSeeder.LiaisonDepartment;

    private async Task FollowUpAsync(UnresolvedCase c, bool satisfied, int back, string text)
    {
        var day = Day(back);
        c.RecordFollowUp(satisfied, text, await deadlines.EscalationAnswerDueAsync(hall.Id, day, CancellationToken.None), desk.On(day, 15.5),
            Guid.NewGuid());
    }
}
