using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Catalogue;

/// <summary>
/// The window units an import may name for one hall, found by code: a code of another hall's unit is told apart from a
/// code nobody has. The hall must be within the caller's scope for writing (otherwise 404, like a hall that does not exist).
/// </summary>
internal sealed class HallUnits(IStructureIntegrationService structure, IDataScopeProvider scopes)
{
    public sealed record Lookup(IReadOnlyDictionary<string, UnitInfo> InHall, IReadOnlySet<string> Elsewhere)
    {
        /// <summary>The unit of the hall with that code, or an error on the row's column.</summary>
        public UnitInfo? Find(RowCheck check, string key, string code)
        {
            if (InHall.TryGetValue(code, out var unit)) return unit;
            check.Fail(key, Elsewhere.Contains(code) ? RatingsErrorCodes.UnitNotInHall : RatingsErrorCodes.UnknownUnit, code);
            return null;
        }
    }

    public async Task<Lookup> ForWritingAsync(Guid hallId, CancellationToken cancellationToken)
    {
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        if (!scope.CoversHall(hallId)) throw new EntityNotFoundException("Hall", hallId);
        var halls = await structure.GetHallsAsync(null, cancellationToken);
        if (halls.All(h => h.Id != hallId)) throw new EntityNotFoundException("Hall", hallId);
        var units = await structure.GetUnitsAsync(null, halls.Select(h => h.Id).ToList(), cancellationToken);
        return new Lookup(
            units.Where(u => u.HallId == hallId).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase),
            units.Where(u => u.HallId != hallId).Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}
