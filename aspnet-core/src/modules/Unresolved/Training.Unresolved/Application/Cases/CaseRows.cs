using System.Linq.Expressions;
using Training.Organization;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;

namespace Training.Unresolved.Application.Cases;

/// <summary>
/// A case as the lists read it in one SQL projection (no child rows loaded): its columns, the latest receiver, the
/// earliest open deadline, whether one is overdue, and the fact the complainant mask needs about the caller's receivers.
/// Rows become <see cref="CaseRowDto"/> through <see cref="ComplainantMask"/> with the names of halls, units and windows
/// read once per page.
/// </summary>
internal sealed record CaseRow(
    Guid Id, Guid HallId, string Number, DateTime ReceivedAt, DateOnly ReceivedOn, IntakeChannel Channel, ComplainantKind ComplainantKind,
    string ComplainantName, string ComplainantContact, string? EnterpriseName, string Matter, Guid? UnitId, Guid? WindowId,
    CaseCategory? Category, UnresolvedCaseState State, string? GuideName, Guid RecordedByUserId, string RecordedByName, string? ReceiverName,
    DateOnly? NextDueOn, bool TransferredToCallersReceiver, int Version)
{
    public static Expression<Func<UnresolvedCase, CaseRow>> Projection(CaseCaller.Caller caller)
    {
        var receivers = caller.LiaisonOf.ToList();
        return c => new CaseRow(c.Id, c.HallId, c.Number, c.ReceivedAt, c.ReceivedOn, c.Channel, c.ComplainantKind, c.ComplainantName,
            c.ComplainantContact, c.EnterpriseName, c.Matter, c.UnitId, c.WindowId, c.Category, c.State, c.GuideName, c.RecordedByUserId,
            c.RecordedByName,
            c.Transfers.OrderByDescending(t => t.TransferredAt).Select(t => t.ReceiverName).FirstOrDefault(),
            c.Deadlines.Where(d => d.MetAt == null && d.LapsedAt == null).Min(d => (DateOnly?)d.DueOn),
            receivers.Count > 0 && c.Transfers.Any(t => !t.ReceiverIsComplainedUnit && receivers.Contains(t.ReceiverId)),
            c.Version);
    }
}

/// <summary>The names rows refer to (halls, units, windows), read in one call each for a whole page.</summary>
internal sealed class CaseNames(IStructureIntegrationService structure)
{
    public sealed record Lookup(
        IReadOnlyDictionary<Guid, HallInfo> Halls, IReadOnlyDictionary<Guid, UnitInfo> Units, IReadOnlyDictionary<Guid, WindowInfo> Windows)
    {
        public string Hall(Guid id) => Halls.TryGetValue(id, out var h) ? h.Name : "";
        public string? Unit(Guid? id) => id is { } u && Units.TryGetValue(u, out var info) ? info.Name : null;
        public string? Window(Guid? id) => id is { } w && Windows.TryGetValue(w, out var info) ? info.Name : null;
    }

    public async Task<Lookup> ForAsync(IEnumerable<Guid> hallIds, IEnumerable<Guid?> unitIds, IEnumerable<Guid?> windowIds,
        CancellationToken cancellationToken)
    {
        var halls = hallIds.Distinct().ToList();
        var units = unitIds.OfType<Guid>().Distinct().ToList();
        var windows = windowIds.OfType<Guid>().Distinct().ToList();
        return new Lookup(
            halls.Count == 0 ? new Dictionary<Guid, HallInfo>() : (await structure.GetHallsAsync(halls, cancellationToken)).ToDictionary(h => h.Id),
            units.Count == 0 ? new Dictionary<Guid, UnitInfo>() : (await structure.GetUnitsAsync(units, null, cancellationToken)).ToDictionary(u => u.Id),
            windows.Count == 0 ? new Dictionary<Guid, WindowInfo>() : (await structure.GetWindowsAsync(windows, null, cancellationToken)).ToDictionary(w => w.Id));
    }

    public Task<Lookup> ForAsync(IReadOnlyCollection<CaseRow> rows, CancellationToken cancellationToken) =>
        ForAsync(rows.Select(r => r.HallId), rows.Select(r => r.UnitId), rows.Select(r => r.WindowId), cancellationToken);
}

internal static class CaseRowMapping
{
    public static CaseRowDto ToDto(this CaseRow row, CaseCaller.Caller caller, CaseNames.Lookup names, DateOnly today)
    {
        var complainant = ComplainantMask.Apply(caller, new ComplainantMask.CaseFacts(row.HallId, row.RecordedByUserId, row.TransferredToCallersReceiver),
            row.ComplainantName, row.ComplainantContact, row.EnterpriseName);
        return new CaseRowDto(row.Id, row.HallId, names.Hall(row.HallId), row.Number, row.ReceivedAt, row.ReceivedOn, row.Channel,
            row.ComplainantKind, complainant.Name, complainant.Contact, complainant.EnterpriseName, complainant.Hidden, row.Matter,
            row.UnitId, names.Unit(row.UnitId), row.WindowId, names.Window(row.WindowId), row.Category, row.State, row.GuideName,
            row.RecordedByName, row.ReceiverName, row.NextDueOn, row.NextDueOn is { } due && due < today, row.Version);
    }
}
