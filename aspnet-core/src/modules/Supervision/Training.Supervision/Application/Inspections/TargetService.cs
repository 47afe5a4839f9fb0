using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Supervision.Application.Inspections;

/// <summary>
/// The phone entry's pick list in one call: a hall's active units and windows, with the people at each window now
/// (and each unit's people at no window, such as its lead). Three calls to Organization, whatever the hall's size.
/// </summary>
internal sealed class TargetService(InspectionCaller callers, IStructureIntegrationService structure, IStaffIntegrationService staff)
{
    public async Task<TargetsDto> GetAsync(Guid hallId, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var hall = caller.ActingScope.CoversHall(hallId) ? (await structure.GetHallsAsync([hallId], cancellationToken)).SingleOrDefault() : null;
        if (hall is null) throw new EntityNotFoundException("Hall", hallId);
        var units = (await structure.GetUnitsAsync(null, [hallId], cancellationToken)).Where(u => u.IsActive).ToList();
        var windows = units.Count == 0 ? [] : (await structure.GetWindowsAsync(null, units.Select(u => u.Id).ToList(), cancellationToken))
            .Where(w => w.IsActive).ToList();
        var people = (await staff.SearchAsync(new StaffSearch(Scope: new DataScope(ScopeKind.Halls, null, [], [hallId])), cancellationToken))
            .Where(p => p.Status == StaffStatus.Active && p.HallId == hallId).ToList();
        var atWindow = people.Where(p => p.WindowId is not null).ToLookup(p => p.WindowId!.Value);
        var atNoWindow = people.Where(p => p.WindowId is null && p.UnitId is not null).ToLookup(p => p.UnitId!.Value);
        var windowsOf = windows.ToLookup(w => w.UnitId);
        return new TargetsDto(hall.Id, hall.Name, units.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => new TargetUnitDto(u.Id, u.Code, u.Name,
            windowsOf[u.Id].OrderBy(w => w.Code, StringComparer.Ordinal).Select(w => new TargetWindowDto(w.Id, w.Code, w.Name, People(atWindow[w.Id]))).ToList(),
            People(atNoWindow[u.Id]))).ToList());
    }

    private static List<TargetPersonDto> People(IEnumerable<StaffSummary> people) =>
        people.OrderBy(p => p.StaffNumber, StringComparer.Ordinal).Select(p => new TargetPersonDto(p.Id, p.StaffNumber, p.Name)).ToList();
}
