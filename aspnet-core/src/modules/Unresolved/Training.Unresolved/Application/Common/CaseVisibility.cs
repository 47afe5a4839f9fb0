using Training.SharedKernel.Scoping;
using Training.Unresolved.Domain;

namespace Training.Unresolved.Application.Common;

/// <summary>
/// Which cases a caller sees, in SQL: the halls they hold (guides, managers) or every hall; the cases about the units
/// they lead (the unit complained about sees its cases); the cases they recorded; and, for a liaison, the cases
/// transferred to their receivers. Anything else answers 404.
/// </summary>
internal static class CaseVisibility
{
    public static IQueryable<UnresolvedCase> VisibleTo(this IQueryable<UnresolvedCase> cases, CaseCaller.Caller caller)
    {
        if (caller.Scope.Kind == ScopeKind.All) return cases;
        var halls = caller.Scope.Kind == ScopeKind.Halls ? caller.Scope.HallIds.ToList() : [];
        var units = caller.Scope.Kind == ScopeKind.Units ? caller.Scope.UnitIds.Select(u => (Guid?)u).ToList() : [];
        var receivers = caller.LiaisonOf.ToList();
        var me = caller.UserId;
        return cases.Where(c => halls.Contains(c.HallId) || units.Contains(c.UnitId) || c.RecordedByUserId == me
                                || (receivers.Count > 0 && c.Transfers.Any(t => receivers.Contains(t.ReceiverId))));
    }
}
