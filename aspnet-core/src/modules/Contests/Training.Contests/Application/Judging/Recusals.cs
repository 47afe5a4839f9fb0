using Training.Contests.Domain;
using Training.Organization;

namespace Training.Contests.Application.Judging;

/// <summary>
/// Recusal by rule: a judge does not score an entry with a member of the judge's own window unit (a team is one unit).
/// Units are read from Organization as they are now, in one call for the judges and every member; a judge without a
/// unit recuses from nobody.
/// </summary>
internal sealed class Recusals(IStaffIntegrationService staff)
{
    /// <returns>For each judge, the entries they must not score.</returns>
    public async Task<IReadOnlyDictionary<Guid, HashSet<Guid>>> ForAsync(IReadOnlyCollection<Guid> judgeStaffIds, IReadOnlyList<Entry> entries,
        CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(judgeStaffIds.Concat(entries.SelectMany(e => e.Members.Select(m => m.StaffId))), cancellationToken);
        return judgeStaffIds.Distinct().ToDictionary(judge => judge,
            judge => entries.Where(e => Recuses(units, judge, e.UnitId, e.Members.Select(m => m.StaffId))).Select(e => e.Id).ToHashSet());
    }

    /// <summary>Each person's window unit now (null: none, or not found).</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid?>> UnitsAsync(IEnumerable<Guid> staffIds, CancellationToken cancellationToken) =>
        (await staff.GetByIdsAsync(staffIds.Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id, p => p.UnitId);

    /// <summary>The rule itself: the judge has a unit, and it is the entry's (team) unit or a member's.</summary>
    public static bool Recuses(IReadOnlyDictionary<Guid, Guid?> units, Guid judge, Guid? entryUnitId, IEnumerable<Guid> memberIds) =>
        units.GetValueOrDefault(judge) is { } unit && (entryUnitId == unit || memberIds.Any(m => units.GetValueOrDefault(m) == unit));
}
