using Training.Organization;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// The names of the units, windows and people a page of cases or appeals mentions: one call per kind to Organization,
/// whatever the page's size.
/// </summary>
internal sealed class RatingNames(IStructureIntegrationService structure, IStaffIntegrationService staff)
{
    public sealed record Lookup(
        IReadOnlyDictionary<Guid, UnitInfo> Units, IReadOnlyDictionary<Guid, WindowInfo> Windows, IReadOnlyDictionary<Guid, StaffSummary> Staff)
    {
        public string UnitName(Guid id) => Units.TryGetValue(id, out var u) ? u.Name : "";

        public (string Code, string Name) Window(Guid id) => Windows.TryGetValue(id, out var w) ? (w.Code, w.Name) : ("", "");

        public StaffSummary? Person(Guid? id) => id is { } i && Staff.TryGetValue(i, out var s) ? s : null;
    }

    public async Task<Lookup> LoadAsync(IEnumerable<Guid> unitIds, IEnumerable<Guid> windowIds, IEnumerable<Guid?> staffIds,
        CancellationToken cancellationToken)
    {
        var units = unitIds.Distinct().ToList();
        var windows = windowIds.Distinct().ToList();
        var people = staffIds.OfType<Guid>().Distinct().ToList();
        return new Lookup(
            units.Count == 0 ? new Dictionary<Guid, UnitInfo>() : (await structure.GetUnitsAsync(units, null, cancellationToken)).ToDictionary(u => u.Id),
            windows.Count == 0 ? new Dictionary<Guid, WindowInfo>() : (await structure.GetWindowsAsync(windows, null, cancellationToken)).ToDictionary(w => w.Id),
            people.Count == 0 ? new Dictionary<Guid, StaffSummary>() : (await staff.GetByIdsAsync(people, cancellationToken)).ToDictionary(s => s.Id));
    }
}
