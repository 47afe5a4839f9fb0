using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Results;

/// <summary>The halls a caller may read or manage in the results area (timetables, shifts, month closes are per hall).</summary>
internal sealed class ResultScope(IDataScopeProvider scopes, IStructureIntegrationService structure)
{
    public Task<DataScope> GetAsync(CancellationToken cancellationToken) => scopes.GetAsync(cancellationToken);

    /// <summary>A hall the caller sees: one of their halls, or the hall of one of their units (a lead reads its hall's timetable).</summary>
    public async Task EnsureCanReadHallAsync(Guid hallId, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        if (scope.CoversHall(hallId)) return;
        if (scope.Kind == ScopeKind.Units && scope.UnitIds.Count > 0
            && (await structure.GetUnitsAsync(scope.UnitIds, null, cancellationToken)).Any(u => u.HallId == hallId)) return;
        throw new EntityNotFoundException("Hall", hallId);
    }

    /// <summary>A hall the caller manages (halls scope or all); any other answers 404.</summary>
    public async Task EnsureCanManageHallAsync(Guid hallId, CancellationToken cancellationToken)
    {
        if (!(await scopes.GetAsync(cancellationToken)).ForWriting().CoversHall(hallId)) throw new EntityNotFoundException("Hall", hallId);
    }
}
