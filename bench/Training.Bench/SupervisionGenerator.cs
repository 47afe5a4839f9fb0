using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.Supervision;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Bench;

/// <summary>
/// A year of supervision on top of a generated city or province (<see cref="ProvinceGenerator"/>): a catalogue, an
/// inspection for every twenty findings, <c>findings</c> findings spread over every hall's units and working days (70%
/// against a person, 10% commendations; recent ones disputed now and then, older ones upheld or withdrawn) and
/// <c>ledger</c> ledger items in states by their age — old ones mostly accepted, some sent back (虚假整改 / 敷衍整改) or
/// left overdue (拖而不改), recent ones open or in progress. Accounts for the bench: the first hall's manager and the
/// lead of its second unit (user names and ids written to <c>&lt;file&gt;.supervision.json</c>). Deterministic.
/// </summary>
internal sealed class SupervisionGenerator(IServiceProvider services)
{
    private const int Batch = 2000;
    private static readonly DateTime Now = DateTime.UtcNow;

    public async Task<(int Findings, int Ledger)> GenerateAsync(string file, int findingCount, int ledgerCount)
    {
        var random = new Random(2026_1403);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Now, shanghai));
        var days = Enumerable.Range(1, 365).Select(d => today.AddDays(-d)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Order().ToList();
        var (people, windows) = await ReadCityAsync();
        var accounts = await AccountsAsync(file);
        var catalogue = Catalogue();
        await SaveAsync(db => db.CatalogueItems.AddRange(catalogue));
        var violations = catalogue.Where(c => c.Kind == CatalogueKind.Violation).ToList();
        var commendations = catalogue.Where(c => c.Kind == CatalogueKind.Commendation).ToList();
        var halls = windows.Select(w => w.HallId).Distinct().ToList();

        var findings = new List<Finding>(findingCount);
        var inspections = new List<Inspection>();
        for (var i = 0; i < findingCount; i++)
        {
            if (i % 20 == 0)
            {
                var hall = halls[random.Next(halls.Count)];
                var inspection = new Inspection(Guid.CreateVersion7(), (InspectionKind)random.Next(5), null, days[random.Next(days.Count)], hall,
                    "窗口服务督查", null, null);
                inspection.SetInspectors([(accounts.ManagerUserId, accounts.ManagerStaffId, "督查员")]);
                inspection.SetPlaces([(hall, null, null)]);
                inspections.Add(inspection);
            }
            var current = inspections[^1];
            var hallWindows = windows.Where(w => w.HallId == current.HallId).ToList();
            var window = hallWindows[random.Next(hallWindows.Count)];
            var person = random.Next(10) < 7 && people.TryGetValue(window.Id, out var holder) ? holder : (Guid?)null;
            var item = random.Next(10) == 0 ? commendations[random.Next(commendations.Count)] : violations[random.Next(violations.Count)];
            var date = days[random.Next(days.Count)];
            var finding = new Finding(Guid.CreateVersion7(), current.Id, item, person is null ? FindingTarget.Window : FindingTarget.Person, window.HallId,
                window.UnitId, window.Id, person, date, "督查发现", accounts.ManagerUserId, "督查员", Now.AddDays(date.DayNumber - today.DayNumber),
                date.AddDays(5), null);
            if (item.Kind == CatalogueKind.Violation && random.Next(100) < 6)
            {
                var recent = date >= today.AddDays(-5);
                finding.Dispute("当时正在为群众办理业务", accounts.LeadUserId, "窗口负责人", Now, recent ? date : finding.DisputeUntil);
                if (!recent && random.Next(2) == 0) finding.Uphold("经核实属实", accounts.ManagerUserId, "中心主任", Now, Guid.NewGuid());
                else if (!recent) finding.Withdraw("经核实异议成立", accounts.ManagerUserId, "中心主任", Now, Guid.NewGuid());
                finding.ClearEvents();
            }
            findings.Add(finding);
        }
        foreach (var chunk in inspections.Chunk(Batch)) await SaveAsync(db => db.Inspections.AddRange(chunk));
        foreach (var chunk in findings.Chunk(Batch)) await SaveAsync(db => db.Findings.AddRange(chunk));

        var sources = findings.Where(f => f.Kind == CatalogueKind.Violation && Finding.CountsIn(f.State)).OrderBy(_ => random.Next()).ToList();
        var items = new List<LedgerItem>(ledgerCount);
        for (var i = 0; i < ledgerCount; i++)
        {
            var from = i % 5 == 4 ? null : sources[i % sources.Count];
            var window = windows[random.Next(windows.Count)]; // a self-check's unit
            var opened = from?.Date ?? days[random.Next(days.Count)];
            var item = new LedgerItem(Guid.CreateVersion7(), from is null ? LedgerSource.SelfCheck : LedgerSource.Finding, from?.HallId ?? window.HallId,
                from?.UnitId ?? window.UnitId, from is null ? "对照自查发现的问题" : $"督查问题整改（{from.ItemCode}）", "立行立改", "责任人", opened,
                AddWorkingDays(opened, 10), accounts.ManagerUserId, "督查员", from?.InspectionId, from?.Id, null);
            Advance(item, today, random);
            items.Add(item);
        }
        foreach (var chunk in items.Chunk(Batch)) await SaveAsync(db => db.LedgerItems.AddRange(chunk));
        return (findings.Count, items.Count);
    }

    /// <summary>By age: an item past its deadline is mostly accepted, sometimes sent back or left overdue; a recent one open or reporting.</summary>
    private static void Advance(LedgerItem item, DateOnly today, Random random)
    {
        var roll = random.Next(100);
        if (item.DueOn >= today)
        {
            if (roll < 40) item.ReportProgress(Guid.NewGuid(), "正在整改", false, Guid.Empty, "窗口负责人", Now, today);
            else if (roll < 55) item.ReportProgress(Guid.NewGuid(), "已整改", true, Guid.Empty, "窗口负责人", Now, item.OpenedOn.AddDays(3));
            return;
        }
        if (roll < 8)
        {
            item.MarkOverdue(today); // 拖而不改
            return;
        }
        item.ReportProgress(Guid.NewGuid(), "已整改", true, Guid.Empty, "窗口负责人", Now, item.OpenedOn.AddDays(5));
        if (roll < 14)
        {
            item.SendBack(roll % 2 == 0 ? SendBackMark.False : SendBackMark.Perfunctory, "整改不到位", Guid.Empty, "督查员", Now,
                item.DueOn < today.AddDays(-20) ? item.DueOn.AddDays(14) : today.AddDays(10));
            item.MarkOverdue(today);
        }
        else if (roll < 20) return; // rectified, waiting for review
        else item.Accept("整改到位", Guid.Empty, "督查员", Now, item.OpenedOn.AddDays(7), item.OpenedOn.AddDays(37));
    }

    private static DateOnly AddWorkingDays(DateOnly start, int count)
    {
        var day = start;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) count--;
        }
        return day;
    }

    private static List<CatalogueItem> Catalogue()
    {
        var items = new List<CatalogueItem>();
        var sort = 0;
        foreach (var category in Enum.GetValues<CatalogueCategory>())
            for (var k = 1; k <= (CatalogueItem.KindOf(category) == CatalogueKind.Violation ? 4 : 2); k++)
                items.Add(new CatalogueItem(Guid.NewGuid(), $"B{(int)category:00}-{k:00}", 1, CatalogueItem.KindOf(category), category,
                    $"{category}事项{k}", $"{category} item {k}", null, 1 + k % 3, 0.5 + k % 2, ++sort));
        return items;
    }

    /// <summary>Window → its first holder, and every window with its unit and hall.</summary>
    private async Task<(Dictionary<Guid, Guid> People, List<(Guid Id, Guid HallId, Guid UnitId)> Windows)> ReadCityAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var org = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        var holders = (await org.Assignments.AsNoTracking().Where(a => a.EndDate == null).Select(a => new { a.WindowId, a.StaffId }).ToListAsync())
            .GroupBy(a => a.WindowId).ToDictionary(g => g.Key, g => g.Min(a => a.StaffId));
        var windows = (await org.Windows.AsNoTracking().OrderBy(w => w.Code).Select(w => new { w.Id, w.HallId, w.UnitId }).ToListAsync())
            .Select(w => (w.Id, w.HallId, w.UnitId)).ToList();
        return (holders, windows);
    }

    private sealed record BenchAccounts(Guid ManagerUserId, Guid ManagerStaffId, Guid LeadUserId, Guid HallId, Guid UnitId);

    /// <summary>The first hall's manager (its first person) and the lead of its second unit, with the bench password.</summary>
    private async Task<BenchAccounts> AccountsAsync(string file)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var org = sp.GetRequiredService<OrganizationDbContext>();
        var hall = await org.Halls.OrderBy(h => h.Code).FirstAsync();
        var unit = await org.Units.Where(u => u.HallId == hall.Id).OrderBy(u => u.Code).Skip(1).FirstAsync();
        var manager = await org.Staff.Where(s => s.HallId == hall.Id).OrderBy(s => s.StaffNumber).FirstAsync();
        var lead = await org.Staff.Where(s => s.UnitId == unit.Id && s.Id != manager.Id).OrderBy(s => s.StaffNumber).FirstAsync();
        await using var transaction = await sp.GetRequiredService<UnitOfWork>().BeginAsync();
        var accounts = await sp.GetRequiredService<IUserAccountIntegrationService>().EnsureAccountsAsync(
            [new AccountRequest(manager.StaffNumber, manager.Name, manager.Id, [RoleNames.HallManager]),
             new AccountRequest(lead.StaffNumber, lead.Name, lead.Id, [RoleNames.WindowLead])],
            new AccountPasswordPolicy(MustChangePassword: false, SharedPassword: ProvinceGenerator.AdminPassword));
        var byStaff = accounts.ToDictionary(a => a.StaffId);
        manager.LinkUser(byStaff[manager.Id].UserId);
        lead.LinkUser(byStaff[lead.Id].UserId);
        manager.ClearEvents();
        lead.ClearEvents();
        org.HallManagers.Add(new HallManager { HallId = hall.Id, StaffId = manager.Id });
        org.UnitLeads.Add(new UnitLead { UnitId = unit.Id, StaffId = lead.Id });
        await org.SaveChangesAsync();
        await transaction.CommitAsync();
        await File.WriteAllTextAsync(file + ".supervision.json", JsonSerializer.Serialize(new
        {
            manager = manager.StaffNumber, lead = lead.StaffNumber, password = ProvinceGenerator.AdminPassword, hallId = hall.Id, unitId = unit.Id,
        }));
        return new BenchAccounts(byStaff[manager.Id].UserId, manager.Id, byStaff[lead.Id].UserId, hall.Id, unit.Id);
    }

    private async Task SaveAsync(Action<SupervisionDbContext> add)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add(db);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }
}
