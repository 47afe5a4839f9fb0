using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;
using Training.Supervision.Application.Common;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Inspections;

/// <summary>
/// Records inspections in the halls the caller inspects: create (a retried create with the same client key returns the
/// first), update and the walk-through's steps (optimistic versions: a stale one answers 409), and improvement items,
/// each a ledger item opened through <see cref="LedgerOpener"/>.
/// </summary>
internal sealed class InspectionService(
    SupervisionDbContext db, InspectionCaller callers, IStructureIntegrationService structure, IStaffIntegrationService staff,
    LedgerOpener ledger, InspectionQueryService queries, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<InspectionDto> CreateAsync(CreateInspectionInput input, CancellationToken cancellationToken)
    {
        if (input.ClientKey is { } key && await IdByClientKeyAsync(key, cancellationToken) is { } existing)
            return await queries.GetAsync(existing, cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        await EnsureHallAsync(input.HallId, caller, cancellationToken);
        var inspection = new Inspection(Guid.NewGuid(), input.Kind, input.WalkMode, input.Date, input.HallId, input.Title.Trim(),
            Blank(input.Summary), input.ClientKey);
        inspection.StartFrom(input.BackwardSource, Blank(input.SourceReference));
        inspection.SetInspectors(await InspectorsAsync(input.InspectorStaffIds, caller, cancellationToken));
        inspection.SetPlaces(await PlacesAsync(input.Places, input.HallId, caller, cancellationToken));
        db.Inspections.Add(inspection);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (input.ClientKey is not null)
        {
            // The same draft sent twice at once: the other request's inspection stands (any other failure is rethrown).
            db.ChangeTracker.Clear();
            if (await IdByClientKeyAsync(input.ClientKey.Value, cancellationToken) is { } raced) return await queries.GetAsync(raced, cancellationToken);
            throw;
        }
        return await queries.GetAsync(inspection.Id, cancellationToken);
    }

    public async Task<InspectionDto> UpdateAsync(Guid id, UpdateInspectionInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var inspection = await LoadAsync(id, input.Version, caller, cancellationToken);
        var inspectors = await InspectorsAsync(input.InspectorStaffIds, caller, cancellationToken,
            inspection.Inspectors.Select(x => (x.UserId, x.StaffId, x.Name)).ToList());
        var places = input.Places is null ? null : await PlacesAsync(input.Places, inspection.HallId, caller, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        // The rows are replaced as a whole; the old ones go first, so a kept inspector's key is free for its new row.
        foreach (var old in inspection.Inspectors) db.Entry(old).State = EntityState.Detached;
        await db.InspectionInspectors.Where(x => x.InspectionId == id).ExecuteDeleteAsync(cancellationToken);
        inspection.Describe(input.Title.Trim(), Blank(input.Summary), input.Date);
        inspection.SetInspectors(inspectors);
        if (places is not null) inspection.SetPlaces(places); // places not sent stay as they were
        await SaveAsync(cancellationToken);
        await transaction.CommitAsync();
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<InspectionDto> SaveStepsAsync(Guid id, SaveWalkStepsInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var inspection = await LoadAsync(id, input.Version, caller, cancellationToken);
        await UnitsAsync(input.Steps.Select(s => s.UnitId), caller, cancellationToken); // each in a hall the caller inspects
        var windows = await WindowsAsync(input.Steps.Select(s => s.WindowId), caller, cancellationToken);
        var steps = input.Steps.Select(s =>
        {
            var unitId = s.UnitId ?? (s.WindowId is { } w ? windows[w].UnitId : null);
            if (s.WindowId is { } window && windows[window].UnitId != unitId) throw new BusinessException(SupervisionErrorCodes.UnknownWindow) { Kind = ErrorKind.NotFound };
            return new WalkStep(s.Id ?? Guid.NewGuid(), s.Description.Trim(), s.Channel, s.Minutes, s.Stalled, Blank(s.StallNote), unitId, s.WindowId);
        }).ToList();
        if (steps.Select(s => s.Id).Distinct().Count() != steps.Count) throw new BusinessException(SupervisionErrorCodes.UnknownWalkStep);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        foreach (var old in inspection.Steps) db.Entry(old).State = EntityState.Detached;
        await db.WalkSteps.Where(x => x.InspectionId == id).ExecuteDeleteAsync(cancellationToken);
        inspection.SetSteps(steps);
        await SaveAsync(cancellationToken);
        await transaction.CommitAsync();
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<InspectionLedgerItemDto> AddImprovementAsync(Guid id, AddImprovementInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Steps).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null || !caller.ActingScope.CoversHall(inspection.HallId)) throw new EntityNotFoundException("Inspection", id);
        var unit = (await UnitsAsync([input.UnitId], caller, cancellationToken))[input.UnitId];
        if (input.WalkStepId is { } stepId && inspection.Steps.All(s => s.Id != stepId))
            throw new BusinessException(SupervisionErrorCodes.UnknownWalkStep);
        var hall = (await structure.GetHallsAsync([unit.HallId], cancellationToken)).Single();
        var item = await ledger.OpenAsync(new LedgerOpener.Opening(LedgerSource.WalkThrough, unit.HallId, unit.Id, input.Title.Trim(),
            Blank(input.Requirement), null, clock.Today(hall.TimeZone), input.DueOn, inspection.Id, null, input.WalkStepId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new InspectionLedgerItemDto(item.Id, item.Source, item.UnitId, unit.Name, item.Title, item.State, item.DueOn, null, item.WalkStepId);
    }

    private async Task<Inspection> LoadAsync(Guid id, int version, InspectionCaller.Caller caller, CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.Include(i => i.Inspectors).Include(i => i.Places).Include(i => i.Steps).AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null || !caller.ActingScope.CoversHall(inspection.HallId)) throw new EntityNotFoundException("Inspection", id);
        return inspection.Version == version ? inspection : throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
    }

    private async Task EnsureHallAsync(Guid hallId, InspectionCaller.Caller caller, CancellationToken cancellationToken)
    {
        if (!caller.ActingScope.CoversHall(hallId) || (await structure.GetHallsAsync([hallId], cancellationToken)).Count == 0)
            throw new EntityNotFoundException("Hall", hallId);
    }

    /// <summary>The inspectors named (people with a sign-in), else those kept, else the caller.</summary>
    private async Task<List<(Guid UserId, Guid? StaffId, string Name)>> InspectorsAsync(IReadOnlyList<Guid>? staffIds, InspectionCaller.Caller caller,
        CancellationToken cancellationToken, List<(Guid, Guid?, string)>? kept = null)
    {
        if (staffIds is null || staffIds.Count == 0)
            return kept is { Count: > 0 } ? kept : [(caller.Account.UserId, caller.Account.StaffId, caller.Name)];
        var people = (await staff.GetByIdsAsync(staffIds.Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        return staffIds.Distinct().Select(id => people.TryGetValue(id, out var p) && p.UserId is { } user
            ? (user, (Guid?)p.Id, p.Name)
            : throw new BusinessException(SupervisionErrorCodes.UnknownStaff) { Kind = ErrorKind.NotFound }).ToList();
    }

    /// <summary>The places visited, each in a hall the caller inspects; a window names its unit, a unit its hall.</summary>
    private async Task<List<(Guid HallId, Guid? UnitId, Guid? WindowId)>> PlacesAsync(IReadOnlyList<InspectionPlaceInput>? places, Guid hallId,
        InspectionCaller.Caller caller, CancellationToken cancellationToken)
    {
        if (places is null || places.Count == 0) return [];
        var units = await UnitsAsync(places.Select(p => p.UnitId), caller, cancellationToken);
        var windows = await WindowsAsync(places.Select(p => p.WindowId), caller, cancellationToken);
        return places.Select(p =>
        {
            var window = p.WindowId is { } w ? windows[w] : null;
            var unitId = p.UnitId ?? window?.UnitId;
            if (window is not null && window.UnitId != unitId) throw new BusinessException(SupervisionErrorCodes.UnknownWindow) { Kind = ErrorKind.NotFound };
            var hall = unitId is { } u ? units.GetValueOrDefault(u)?.HallId ?? window!.HallId : p.HallId ?? hallId;
            if (!caller.ActingScope.CoversHall(hall)) throw new EntityNotFoundException("Hall", hall);
            return (hall, unitId, p.WindowId);
        }).ToList();
    }

    private async Task<Dictionary<Guid, UnitInfo>> UnitsAsync(IEnumerable<Guid?> ids, InspectionCaller.Caller caller, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0) return [];
        var units = (await structure.GetUnitsAsync(wanted, null, cancellationToken)).Where(u => caller.ActingScope.CoversHall(u.HallId)).ToDictionary(u => u.Id);
        return units.Count == wanted.Count ? units : throw new BusinessException(SupervisionErrorCodes.UnknownUnit) { Kind = ErrorKind.NotFound };
    }

    private async Task<Dictionary<Guid, WindowInfo>> WindowsAsync(IEnumerable<Guid?> ids, InspectionCaller.Caller caller, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0) return [];
        var windows = (await structure.GetWindowsAsync(wanted, null, cancellationToken)).Where(w => caller.ActingScope.CoversHall(w.HallId)).ToDictionary(w => w.Id);
        return windows.Count == wanted.Count ? windows : throw new BusinessException(SupervisionErrorCodes.UnknownWindow) { Kind = ErrorKind.NotFound };
    }

    /// <summary>The version is a concurrency token too: a change that raced this one answers 409.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
    }

    private Task<Guid?> IdByClientKeyAsync(Guid key, CancellationToken cancellationToken) =>
        db.Inspections.Where(i => i.ClientKey == key).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
