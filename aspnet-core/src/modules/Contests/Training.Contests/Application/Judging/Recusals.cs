using Training.Contests.Domain;
using Training.Organization;

namespace Training.Contests.Application.Judging;

/// <summary>
/// Recusal by rule: a judge does not score an entry with a member of the judge's own window unit (a team is one unit).
/// Units are read from Organization as they are now, in one call for the judge and every member; a judge without a unit
/// recuses from nobody.
/// </summary>
internal sealed class Recusals(IStaffIntegrationService staff)
{
    /// <returns>For each judge, the entries they must not score.</returns>
    public async Task<IReadOnlyDictionary<Guid, HashSet<Guid>>> ForAsync(IReadOnlyCollection<Guid> judgeStaffIds, IReadOnlyList<Entry> entries,
        CancellationToken cancellationToken)
    {
        var people = judgeStaffIds.Concat(entries.SelectMany(e => e.Members.Select(m => m.StaffId))).Distinct().ToList();
        var units = (await staff.GetByIdsAsync(people, cancellationToken)).ToDictionary(p => p.Id, p => p.UnitId);
        return judgeStaffIds.Distinct().ToDictionary(judge => judge, judge => units.GetValueOrDefault(judge) is { } unit
            ? entries.Where(e => e.UnitId == unit || e.Members.Any(m => units.GetValueOrDefault(m.StaffId) == unit)).Select(e => e.Id).ToHashSet()
            : []);
    }
}
