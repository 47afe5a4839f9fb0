using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Board;

/// <summary>
/// The halls and units the caller's scope opens: a lead's units, a manager's or clerk's halls (each unit of them), all
/// for the city. Also answers "may the caller see this unit or hall" for the board (404 when not).
/// </summary>
internal sealed class AttendancePlaces(IDataScopeProvider scopes, IStructureIntegrationService structure)
{
    public async Task<AttendancePlacesDto> ListAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        IReadOnlyList<UnitInfo> units;
        IReadOnlyList<HallInfo> halls;
        switch (scope.Kind)
        {
            case ScopeKind.All:
                halls = (await structure.GetHallsAsync(null, cancellationToken)).Where(h => h.IsActive).ToList();
                units = halls.Count == 0 ? [] : await structure.GetUnitsAsync(null, halls.Select(h => h.Id).ToList(), cancellationToken);
                break;
            case ScopeKind.Halls when scope.HallIds.Count > 0:
                halls = await structure.GetHallsAsync(scope.HallIds, cancellationToken);
                units = await structure.GetUnitsAsync(null, scope.HallIds, cancellationToken);
                break;
            case ScopeKind.Units when scope.UnitIds.Count > 0:
                units = await structure.GetUnitsAsync(scope.UnitIds, null, cancellationToken);
                halls = await structure.GetHallsAsync(units.Select(u => u.HallId).Distinct().ToList(), cancellationToken);
                break;
            default:
                return new AttendancePlacesDto([]);
        }
        return new AttendancePlacesDto(halls.OrderBy(h => h.Code).Select(h => new AttendanceHallDto(h.Id, h.Name, scope.CoversHall(h.Id),
            units.Where(u => u.HallId == h.Id && u.IsActive).OrderBy(u => u.Code).Select(u => new AttendanceUnitDto(u.Id, u.Name)).ToList())).ToList());
    }

    /// <summary>The unit, if the scope covers it; else 404 (as if it did not exist).</summary>
    public async Task<UnitInfo> UnitAsync(DataScope scope, Guid unitId, CancellationToken cancellationToken)
    {
        var unit = (await structure.GetUnitsAsync([unitId], null, cancellationToken)).SingleOrDefault();
        if (unit is null || !scope.CoversUnit(unit.Id, unit.HallId)) throw new EntityNotFoundException("WindowUnit", unitId);
        return unit;
    }

    /// <summary>The hall, if the scope covers all of it; else 404.</summary>
    public async Task<HallInfo> HallAsync(DataScope scope, Guid hallId, CancellationToken cancellationToken)
    {
        var hall = (await structure.GetHallsAsync([hallId], cancellationToken)).SingleOrDefault();
        if (hall is null || !scope.CoversHall(hall.Id)) throw new EntityNotFoundException("Hall", hallId);
        return hall;
    }
}
