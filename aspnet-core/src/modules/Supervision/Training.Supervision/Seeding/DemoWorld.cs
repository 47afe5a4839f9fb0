using Training.Organization;
using Training.SharedKernel.Time;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Seeding;

/// <summary>
/// Builds the demo's inspections, findings and ledger items through the domain's own methods, in the order things
/// happen (recorded, disputed and decided; opened, reported, reviewed), each action dated on a working day before today.
/// </summary>
internal sealed class DemoWorld(SupervisionDbContext db, IReadOnlyList<CatalogueItem> catalogue, DemoCalendar days,
    IReadOnlyDictionary<Guid, DemoRules> rules, DemoActor inspector, DemoActor manager, DateOnly today, Random random)
{
    private static readonly (InspectionKind Kind, WalkMode? Mode, string Title)[] Plan =
    [
        (InspectionKind.Open, null, "窗口服务明察"), (InspectionKind.WalkThrough, WalkMode.Apply, "局长走流程（办）：企业设立登记"),
        (InspectionKind.Covert, null, "窗口作风暗访"), (InspectionKind.WalkThrough, WalkMode.OnBehalf, "局长走流程（代办）：不动产转移登记"),
        (InspectionKind.VideoPatrol, null, "大厅视频巡查"), (InspectionKind.WalkThrough, WalkMode.Accompany, "局长走流程（陪办）：社会保险参保登记"),
        (InspectionKind.RandomCheck, null, "随机巡查"), (InspectionKind.WalkThrough, WalkMode.SitIn, "局长走流程（坐窗）：综合受理窗口"),
        (InspectionKind.SimulatedService, null, "模拟办事：个体工商户登记"), (InspectionKind.WalkThrough, WalkMode.Backward, "局长走流程（倒推）：差评办件复盘"),
        (InspectionKind.ComplaintCheck, null, "投诉核查：群众反映窗口推诿"), (InspectionKind.Open, null, "节后上班纪律明察"),
    ];

    private static readonly string[] Notes =
    [
        "工作时间玩手机", "未按规定佩戴工作牌", "离岗未放置暂停服务牌", "对群众咨询答复不耐烦", "一次性告知不到位", "着装不规范",
        "窗口台面摆放杂乱", "未执行首问负责制", "办件超时限未说明原因",
    ];

    private readonly List<(Finding Finding, StaffSummary? Person, string Where)> _findings = [];
    private readonly List<(Inspection Inspection, WalkStep Step)> _stalls = [];
    private DemoHall? _firstHall;

    public void AddInspections(IReadOnlyList<DemoHall> halls, IReadOnlyList<DateOnly> past, Guid? badRatingId)
    {
        _firstHall = halls[0];
        for (var i = 0; i < Plan.Length; i++)
        {
            var (kind, mode, title) = Plan[i];
            var hall = halls.Count > 1 && i % 4 == 3 && mode is null ? halls[1] : halls[0];
            var date = past[Math.Min(past.Count - 1, (i * past.Count) / Plan.Length + 1)];
            var inspection = new Inspection(Guid.NewGuid(), kind, mode, date, hall.Hall.Id, title, $"{hall.Hall.Name}{title}。", null);
            var walker = mode is null ? inspector : manager;
            inspection.SetInspectors([(walker.UserId, walker.StaffId, walker.Name)]);
            var visited = hall.Windows.OrderBy(_ => random.Next()).Take(3).ToList();
            inspection.SetPlaces([(hall.Hall.Id, null, null), .. visited.Select(w => (w.HallId, (Guid?)w.UnitId, (Guid?)w.Id))]);
            if (kind == InspectionKind.ComplaintCheck) inspection.StartFrom(null, "DEMO-COMPLAINT-001");
            if (mode == WalkMode.Backward)
                inspection.StartFrom(badRatingId is null ? BackwardSource.Hotline12345 : BackwardSource.BadRating,
                    badRatingId?.ToString() ?? "12345-DEMO-0001");
            db.Inspections.Add(inspection);
            if (mode is not null) AddSteps(inspection, hall);
            else AddFindings(inspection, hall, date, kind == InspectionKind.ComplaintCheck ? 4 : 8, 2);
        }
        Dispute();
    }

    private void AddSteps(Inspection inspection, DemoHall hall)
    {
        var window = hall.Windows[random.Next(hall.Windows.Count)];
        var steps = new List<WalkStep>
        {
            new(Guid.NewGuid(), "网上预约并查看办事指南", StepChannel.Online, 8, false, null, null, null),
            new(Guid.NewGuid(), "到大厅取号等候", StepChannel.Hall, 25, false, null, window.UnitId, window.Id),
            new(Guid.NewGuid(), "窗口受理、核验材料", StepChannel.Hall, 40, true, "材料清单与办事指南不一致，需补交证明", window.UnitId, window.Id),
            new(Guid.NewGuid(), "审批出件", StepChannel.Hall, 30, false, null, window.UnitId, window.Id),
        };
        inspection.SetSteps(steps);
        _stalls.Add((inspection, steps[2]));
    }

    private void AddFindings(Inspection inspection, DemoHall hall, DateOnly date, int violations, int commendations)
    {
        var bad = catalogue.Where(c => c.Kind == CatalogueKind.Violation).ToList();
        var good = catalogue.Where(c => c.Kind == CatalogueKind.Commendation).ToList();
        var rule = rules[hall.Hall.Id];
        for (var n = 0; n < violations + (good.Count > 0 ? commendations : 0); n++)
        {
            var item = n < violations ? bad[random.Next(bad.Count)] : good[random.Next(good.Count)];
            var person = random.Next(10) < 6 ? hall.Holders[random.Next(hall.Holders.Count)] : null;
            var window = person is null ? hall.Windows[random.Next(hall.Windows.Count)] : hall.Windows.FirstOrDefault(w => w.Id == person.WindowId);
            var unitId = person?.UnitId ?? window!.UnitId;
            var finding = new Finding(Guid.NewGuid(), inspection.Id, item, person is null ? FindingTarget.Window : FindingTarget.Person, hall.Hall.Id,
                unitId, window?.Id, person?.Id, date, n < violations ? Notes[random.Next(Notes.Length)] : "群众致谢", inspector.UserId, inspector.Name,
                At(date, n), days.Add(date, rule.DisputeDays), null);
            db.Findings.Add(finding);
            _findings.Add((finding, person, person?.Name ?? (window is null ? "" : $"{window.Code} {window.Name}")));
        }
    }

    /// <summary>Three recent findings disputed and pending, an older one withdrawn, another upheld.</summary>
    private void Dispute()
    {
        var disputable = _findings.Where(f => f.Finding.Kind == CatalogueKind.Violation && f.Person?.UserId is not null).ToList();
        var recent = disputable.OrderByDescending(f => f.Finding.Date).Take(3).ToList();
        var older = disputable.Except(recent).OrderBy(f => f.Finding.Date).Take(2).ToList();
        foreach (var (finding, person, _) in recent.Concat(older))
            finding.Dispute("当时正在为群众查询材料，并非离岗或做与工作无关的事", person!.UserId!.Value, person.Name, At(finding.Date, 9), finding.Date);
        if (older.Count > 0)
            older[0].Finding.Withdraw("经调取视频核实，异议属实，予以撤销", manager.UserId, manager.Name, At(days.Add(older[0].Finding.Date, 1), 2), Guid.NewGuid());
        if (older.Count > 1)
            older[1].Finding.Uphold("经核实，问题属实，维持原认定", manager.UserId, manager.Name, At(days.Add(older[1].Finding.Date, 1), 2), Guid.NewGuid());
    }

    /// <summary>Ledger items from counted violations, walk-through stalls and a self-check, taken to every state.</summary>
    public void AddLedger()
    {
        var openings = _findings.Where(f => f.Finding.Kind == CatalogueKind.Violation && Finding.CountsIn(f.Finding.State))
            .OrderBy(f => f.Finding.Date).Where((_, i) => i % 2 == 0).Take(20)
            .Select(f => Open(LedgerSource.Finding, f.Finding.HallId, f.Finding.UnitId, $"{catalogue.First(c => c.Id == f.Finding.CatalogueItemId).NameZh}（{f.Where}）",
                f.Person?.Name, f.Finding.Date, f.Finding.InspectionId, f.Finding.Id, null))
            .Concat(_stalls.Select(s => Open(LedgerSource.WalkThrough, s.Inspection.HallId, s.Step.UnitId!.Value,
                $"走流程梗阻：{s.Step.StallNote}", null, s.Inspection.Date, s.Inspection.Id, null, s.Step.Id)))
            .ToList();
        if (_firstHall is { } hall && hall.Units.Count > 0)
            openings.Add(Open(LedgerSource.SelfCheck, hall.Hall.Id, hall.Units[0].Id, "对照自查：午间弹性服务未公示", null, days.Add(today.AddDays(-20), 0), null, null, null));
        LedgerState[] pattern = [LedgerState.Open, LedgerState.Accepted, LedgerState.InProgress, LedgerState.Rectified, LedgerState.SentBack, LedgerState.Accepted];
        var marks = new Queue<SendBackMark>([SendBackMark.False, SendBackMark.Perfunctory]);
        for (var i = 0; i < openings.Count; i++)
            Advance(openings[i], pattern[i % pattern.Length], marks);
        foreach (var item in openings) item.MarkOverdue(today);
    }

    private LedgerItem Open(LedgerSource source, Guid hallId, Guid unitId, string title, string? responsible, DateOnly on, Guid? inspectionId,
        Guid? findingId, Guid? stepId)
    {
        var item = new LedgerItem(Guid.NewGuid(), source, hallId, unitId, title.Length > SupervisionConsts.MaxTitleLength ? title[..SupervisionConsts.MaxTitleLength] : title,
            "立行立改，举一反三，建立长效机制", responsible, on, days.Add(on, rules[hallId].RectifyDays), manager.UserId, manager.Name, inspectionId, findingId, stepId);
        db.LedgerItems.Add(item);
        return item;
    }

    private void Advance(LedgerItem item, LedgerState target, Queue<SendBackMark> marks)
    {
        if (target == LedgerState.Open) return;
        var reported = Before(days.Add(item.OpenedOn, 3));
        if (reported <= item.OpenedOn) return;
        item.ReportProgress(Guid.NewGuid(), "已组织窗口人员专题学习，正在落实整改措施", false, manager.UserId, manager.Name, At(reported, 1), reported);
        if (target == LedgerState.InProgress) return;
        var rectified = Before(days.Add(reported, 3));
        if (rectified <= reported) return;
        item.ReportProgress(Guid.NewGuid(), "整改已完成，附整改前后对比照片", true, manager.UserId, manager.Name, At(rectified, 1), rectified);
        if (target == LedgerState.Rectified) return;
        var reviewed = Before(days.Add(rectified, 2));
        if (reviewed <= rectified) return;
        var rule = rules[item.HallId];
        if (target == LedgerState.Accepted)
            item.Accept("现场复核，整改到位", inspector.UserId, inspector.Name, At(reviewed, 3), reviewed, reviewed.AddDays(rule.RecheckDays));
        else if (marks.TryDequeue(out var mark))
            item.SendBack(mark, mark == SendBackMark.False ? "复核发现问题依旧，整改照片系摆拍" : "仅口头提醒，未建立长效机制，整改不彻底",
                inspector.UserId, inspector.Name, At(reviewed, 3), days.Add(reviewed, rule.RectifyDays));
    }

    private DateOnly Before(DateOnly day) => day < today ? day : days.Days.LastOrDefault(d => d < today);

    private static DateTime At(DateOnly day, int step) => BusinessDates.StartOfDayUtc(day).AddHours(1.5 + step * 0.25);
}
