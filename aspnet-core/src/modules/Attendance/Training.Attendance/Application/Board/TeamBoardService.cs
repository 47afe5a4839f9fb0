using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Board;

/// <summary>
/// The window lead's team board 在岗看板 for one unit, or a manager's for a whole hall, as it is now. A fixed number
/// of queries whatever the size: the structure and people from Organization (units, windows, people, holders now, AB
/// backups in force today), then five of Attendance's own (punches, post status, whereabouts notes, leave, results),
/// each over the whole set at once.
/// </summary>
internal sealed class TeamBoardService(
    AttendanceDbContext db, IDataScopeProvider scopes, AttendancePlaces places, IStructureIntegrationService structure,
    IStaffIntegrationService staff, IWindowPostIntegrationService posts, TimeProvider clock)
{
    public async Task<TeamBoardDto> GetAsync(TeamBoardInput input, CancellationToken cancellationToken)
    {
        if ((input.UnitId is null) == (input.HallId is null)) throw new BusinessException(AttendanceErrorCodes.BoardNeedsUnitOrHall);
        var scope = await scopes.GetAsync(cancellationToken);
        UnitInfo? unit = null;
        HallInfo hall;
        IReadOnlyList<UnitInfo> units;
        if (input.UnitId is { } unitId)
        {
            unit = await places.UnitAsync(scope, unitId, cancellationToken);
            hall = (await structure.GetHallsAsync([unit.HallId], cancellationToken)).Single();
            units = [unit];
        }
        else
        {
            hall = await places.HallAsync(scope, input.HallId!.Value, cancellationToken);
            units = await structure.GetUnitsAsync(null, [hall.Id], cancellationToken);
        }
        var local = new LocalClock(hall.TimeZone);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = local.Today(clock);
        var unitIds = units.Select(u => u.Id).ToList();
        var windows = unitIds.Count == 0 ? [] : (await structure.GetWindowsAsync(null, unitIds, cancellationToken)).Where(w => w.IsActive)
            .OrderBy(w => w.Code).ToList();

        var people = (unit is not null
                ? await staff.SearchAsync(new StaffSearch(UnitId: unit.Id), cancellationToken)
                : await staff.SearchAsync(new StaffSearch(Scope: new DataScope(ScopeKind.Halls, null, [], [hall.Id])), cancellationToken))
            .ToDictionary(p => p.Id);
        var holders = windows.Count == 0 ? [] : await posts.GetHoldersAtAsync(windows.Select(w => new WindowInstant(w.Id, now)).ToList(), cancellationToken);
        var backups = windows.Count == 0 ? [] : await posts.GetBackupsInForceAsync(windows.Select(w => new BackupKey(w.Id, null, today)).ToList(), cancellationToken);
        var strangers = holders.Select(h => h.Post.StaffId).Concat(backups.Select(b => b.Backup.BackupStaffId)).Concat(backups.Select(b => b.Backup.PrimaryStaffId))
            .Where(id => !people.ContainsKey(id)).Distinct().ToList();
        if (strangers.Count > 0)
            foreach (var person in await staff.GetByIdsAsync(strangers, cancellationToken)) people[person.Id] = person;

        var facts = await BoardFacts.LoadAsync(db, people.Keys.ToList(), windows.Select(w => w.Id).ToList(), today, now, cancellationToken);

        var personDtos = people.Values.OrderBy(p => p.StaffNumber, StringComparer.Ordinal).Select(p => Person(p, facts, local, now)).ToList();
        var present = personDtos.Where(p => p.Present).Select(p => p.StaffId).ToHashSet();
        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        var windowDtos = windows.Select(w =>
        {
            var a = holders.Where(h => h.Key.WindowId == w.Id).Select(h => h.Post.StaffId).Distinct().ToList();
            var b = backups.Where(x => x.Key.WindowId == w.Id && a.Contains(x.Backup.PrimaryStaffId)).Select(x => x.Backup.BackupStaffId).Distinct().ToList();
            var last = facts.LastPostStatus.GetValueOrDefault(w.Id);
            var aPresent = a.Any(present.Contains);
            Guid? cover = aPresent ? null : b.Where(present.Contains).Select(id => (Guid?)id).FirstOrDefault();
            return new BoardWindowDto(w.Id, w.Code, w.Name, w.UnitId, unitNames.GetValueOrDefault(w.UnitId, ""), last?.Kind,
                local.Time(last?.At), a, b, !aPresent && cover is null, cover);
        }).ToList();

        var inScope = personDtos.Where(p => people[p.StaffId].HallId == hall.Id && (unit is null || p.UnitId == unit.Id)).ToList();
        var counts = new BoardCountsDto(inScope.Count, inScope.Count(p => p.Present), inScope.Count(p => p.Out is not null),
            inScope.Count(p => p.Marks.Any(m => m.Status == SessionStatus.Late)),
            inScope.Count(p => p.Marks.Any(m => m.Status is SessionStatus.Absent or SessionStatus.OutWithoutLeave)),
            windowDtos.Count, windowDtos.Count(w => w.Uncovered));
        return new TeamBoardDto(today, now, local.TimeZoneId, hall.Id, hall.Name, unit?.Id, unit?.Name, windowDtos, personDtos, counts);
    }

    /// <summary>
    /// Present = punched in today and not out now: an approved leave covering this half of the day, or an open
    /// whereabouts note, takes a person out whatever the punches say.
    /// </summary>
    private static BoardPersonDto Person(StaffSummary p, BoardFacts facts, LocalClock local, DateTime now)
    {
        var firstPunch = facts.FirstPunch.GetValueOrDefault(p.Id);
        BoardOutDto? outNow = null;
        var leave = facts.Leave.FirstOrDefault(l => l.StaffId == p.Id && l.Covers(local.Half(now)));
        var note = facts.OpenNotes.FirstOrDefault(n => n.StaffId == p.Id);
        if (leave is not null)
            outNow = new BoardOutDto(leave.IsOfficialBusiness ? BoardOutKind.OfficialBusiness : BoardOutKind.Leave, leave.NameZh, leave.NameEn, null, null, null);
        else if (note is not null)
            outNow = new BoardOutDto(BoardOutKind.Whereabouts, null, null, note.Destination, local.Time(note.LeftAt), local.Time(note.ExpectedBackAt));
        var marks = facts.Marks.Where(m => m.StaffId == p.Id).Select(m => new BoardMarkDto(m.SessionIndex, m.Status, m.LateMinutes, m.EarlyMinutes)).ToList();
        return new BoardPersonDto(p.Id, p.StaffNumber, p.Name, p.UnitId, p.WindowId, local.Time(firstPunch),
            firstPunch is not null && outNow is null, outNow, marks);
    }
}
