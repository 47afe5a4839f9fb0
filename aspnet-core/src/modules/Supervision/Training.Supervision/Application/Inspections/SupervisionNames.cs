using Training.Organization;

namespace Training.Supervision.Application.Inspections;

/// <summary>
/// The names of the halls, units, windows and people a page mentions: one call per kind to Organization, whatever the
/// page's size (none for a kind the page does not mention).
/// </summary>
internal sealed class SupervisionNames(IStructureIntegrationService structure, IStaffIntegrationService staff)
{
    public sealed record Lookup(
        IReadOnlyDictionary<Guid, HallInfo> Halls, IReadOnlyDictionary<Guid, UnitInfo> Units,
        IReadOnlyDictionary<Guid, WindowInfo> Windows, IReadOnlyDictionary<Guid, StaffSummary> Staff)
    {
        public string HallName(Guid id) => Halls.TryGetValue(id, out var h) ? h.Name : "";

        public string UnitName(Guid id) => Units.TryGetValue(id, out var u) ? u.Name : "";

        public WindowInfo? Window(Guid? id) => id is { } i && Windows.TryGetValue(i, out var w) ? w : null;

        public StaffSummary? Person(Guid? id) => id is { } i && Staff.TryGetValue(i, out var s) ? s : null;
    }

    public async Task<Lookup> LoadAsync(IEnumerable<Guid> hallIds, IEnumerable<Guid?> unitIds, IEnumerable<Guid?> windowIds,
        IEnumerable<Guid?> staffIds, CancellationToken cancellationToken)
    {
        var halls = hallIds.Distinct().ToList();
        var units = unitIds.OfType<Guid>().Distinct().ToList();
        var windows = windowIds.OfType<Guid>().Distinct().ToList();
        var people = staffIds.OfType<Guid>().Distinct().ToList();
        return new Lookup(
            halls.Count == 0 ? new Dictionary<Guid, HallInfo>() : (await structure.GetHallsAsync(halls, cancellationToken)).ToDictionary(h => h.Id),
            units.Count == 0 ? new Dictionary<Guid, UnitInfo>() : (await structure.GetUnitsAsync(units, null, cancellationToken)).ToDictionary(u => u.Id),
            windows.Count == 0 ? new Dictionary<Guid, WindowInfo>() : (await structure.GetWindowsAsync(windows, null, cancellationToken)).ToDictionary(w => w.Id),
            people.Count == 0 ? new Dictionary<Guid, StaffSummary>() : (await staff.GetByIdsAsync(people, cancellationToken)).ToDictionary(s => s.Id));
    }
}
