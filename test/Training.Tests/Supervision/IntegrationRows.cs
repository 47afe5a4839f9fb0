using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;
using Training.Tests.Infrastructure;
using static Training.Tests.Ratings.StatisticsRatings;

namespace Training.Tests.Supervision;

/// <summary>
/// Supervision rows written straight into the module's tables through the domain's constructors and methods, for the
/// integration, statistics, bulletin and scope tests (the recording and workflow endpoints have their own tests).
/// </summary>
internal static class IntegrationRows
{
    private static int _codes;

    public static readonly Guid Actor = Guid.Parse("00000000-0000-0000-0000-00000000c0de");

    /// <summary>A new current catalogue item of its own code.</summary>
    public static async Task<CatalogueItem> CatalogueItemAsync(this TrainingApp app, CatalogueCategory category, double personPoints, double unitPoints,
        string? name = null) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupervisionDbContext>();
            var code = $"T-{Interlocked.Increment(ref _codes):0000}-{Guid.NewGuid().ToString("N")[..6]}";
            var item = new CatalogueItem(Guid.NewGuid(), code, 1, CatalogueItem.KindOf(category), category, name ?? $"测试事项{code}", $"Test item {code}",
                null, personPoints, unitPoints, 999);
            db.CatalogueItems.Add(item);
            await db.SaveChangesAsync();
            return item;
        });

    public static async Task<Guid> InspectionAsync(this TrainingApp app, Guid hallId, DateOnly date, InspectionKind kind = InspectionKind.Open) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupervisionDbContext>();
            var inspection = new Inspection(Guid.NewGuid(), kind, kind == InspectionKind.WalkThrough ? WalkMode.Apply : null, date, hallId,
                "测试检查", null, null);
            inspection.SetInspectors([(Actor, null, "督查员")]);
            inspection.SetPlaces([(hallId, null, null)]);
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync();
            return inspection.Id;
        });

    /// <summary>A finding against the place's person (or its window), then the steps given (dispute, decide) applied in order.</summary>
    public static async Task<Guid> FindingAsync(this TrainingApp app, Guid inspectionId, Place place, CatalogueItem item, DateOnly date,
        bool againstWindow = false, params Action<Finding>[] steps) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupervisionDbContext>();
            var catalogued = await db.CatalogueItems.FindAsync(item.Id) ?? throw new InvalidOperationException("no item");
            var finding = new Finding(Guid.NewGuid(), inspectionId, catalogued, againstWindow ? FindingTarget.Window : FindingTarget.Person, place.HallId,
                place.UnitId, place.WindowId, againstWindow ? null : place.StaffId, date, "测试", Actor, "督查员",
                BusinessDates.StartOfDayUtc(date).AddHours(2), date.AddDays(5), null);
            foreach (var step in steps) step(finding);
            db.Findings.Add(finding);
            await db.SaveChangesAsync();
            return finding.Id;
        });

    public static Action<Finding> Disputed(DateOnly on) => f => f.Dispute("当时不在岗是去取材料", Actor, "当事人", BusinessDates.StartOfDayUtc(on).AddHours(3), on);

    public static Action<Finding> Upheld(DateOnly on) => f => f.Uphold("经核实问题属实", Actor, "中心主任", BusinessDates.StartOfDayUtc(on).AddHours(4), Guid.NewGuid());

    public static Action<Finding> Withdrawn(DateOnly on) => f => f.Withdraw("经核实异议成立", Actor, "中心主任", BusinessDates.StartOfDayUtc(on).AddHours(4), Guid.NewGuid());

    /// <summary>A ledger item of the unit opened on a day with its deadline, then the steps given applied in order.</summary>
    public static async Task<Guid> LedgerItemAsync(this TrainingApp app, Guid hallId, Guid unitId, string title, DateOnly openedOn, DateOnly dueOn,
        Guid? findingId = null, params Action<LedgerItem>[] steps) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupervisionDbContext>();
            var item = new LedgerItem(Guid.NewGuid(), findingId is null ? LedgerSource.SelfCheck : LedgerSource.Finding, hallId, unitId, title,
                "整改要求", "责任人", openedOn, dueOn, Actor, "督查员", null, findingId, null);
            foreach (var step in steps) step(item);
            db.LedgerItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

    public static Action<LedgerItem> Rectified(DateOnly on) =>
        l => l.ReportProgress(Guid.NewGuid(), "整改完成", true, Actor, "窗口负责人", BusinessDates.StartOfDayUtc(on).AddHours(2), on);

    public static Action<LedgerItem> SentBack(DateOnly on, SendBackMark mark, string reason, DateOnly newDue) =>
        l => l.SendBack(mark, reason, Actor, "督查员", BusinessDates.StartOfDayUtc(on).AddHours(5), newDue);

    public static Action<LedgerItem> OverdueStamped(DateOnly today) => l => l.MarkOverdue(today);
}
