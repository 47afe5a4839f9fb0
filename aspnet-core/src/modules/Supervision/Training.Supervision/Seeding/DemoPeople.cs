using Training.Organization;

namespace Training.Supervision.Seeding;

/// <summary>A demo hall with its units, windows and the people holding them, read in a fixed number of calls; the busiest hall first.</summary>
internal sealed record DemoHall(HallInfo Hall, IReadOnlyList<UnitInfo> Units, IReadOnlyList<WindowInfo> Windows, IReadOnlyList<StaffSummary> Holders)
{
    public static async Task<IReadOnlyList<DemoHall>> ReadAsync(IStructureIntegrationService structure, IStaffIntegrationService staff,
        CancellationToken cancellationToken)
    {
        var halls = (await structure.GetHallsAsync(null, cancellationToken)).Where(h => h.IsActive).OrderBy(h => h.Code, StringComparer.Ordinal).ToList();
        var units = await structure.GetUnitsAsync(null, halls.Select(h => h.Id).ToList(), cancellationToken);
        var windows = await structure.GetWindowsAsync(null, units.Select(u => u.Id).ToList(), cancellationToken);
        var people = await staff.SearchAsync(new StaffSearch(), cancellationToken);
        return halls.Select(h => new DemoHall(h,
                units.Where(u => u.HallId == h.Id && u.IsActive).OrderBy(u => u.Code, StringComparer.Ordinal).ToList(),
                windows.Where(w => w.HallId == h.Id && w.IsActive).OrderBy(w => w.Code, StringComparer.Ordinal).ToList(),
                people.Where(p => p.HallId == h.Id && p.WindowId is not null && p.UnitId is not null && p.Status == StaffStatus.Active)
                    .OrderBy(p => p.StaffNumber, StringComparer.Ordinal).ToList()))
            .Where(h => h.Windows.Count > 0 && h.Holders.Count > 0)
            .OrderByDescending(h => h.Holders.Count).ThenBy(h => h.Hall.Code, StringComparer.Ordinal).ToList(); // the main demo hall first
    }
}
