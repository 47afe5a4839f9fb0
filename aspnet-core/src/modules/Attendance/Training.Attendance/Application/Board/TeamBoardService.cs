using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Board;

/// <summary>
/// The window lead's team board 在岗看板 for one unit, or a manager's for a whole hall, today as it is now or a past day
/// as it ended. A fixed number of queries whatever the size: the structure and people from Organization (units,
/// windows, people, holders at the instant, AB backups in force that day), then Attendance's own (the people of the
/// day's results, punches, post status, whereabouts notes, leave, results), each over the whole set at once.
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
        var date = input.Date ?? today;
        var earliest = today.AddDays(-TeamBoardInput.MaxDaysBack);
        if (date > today || date < earliest)
            throw new BusinessException(AttendanceErrorCodes.BoardDateOutOfRange, TeamBoardInput.MaxDaysBack, Text(earliest), Text(today));
        var live = date == today;
        // Today is shown as of now. A past day is shown as it ended, at its last instant: the windows' holders then,
        // every punch and note of the day. (The end of the day's last session would be as good a moment, but it differs
        // by timetable, season and shift; the end of the day needs none of them, and after the last session nothing
        // changes a day's board but a post handed over in the evening, which then shows its new holder while the earlier
        // one stays on the board through the day's results.)
        var asOf = live ? now : local.EndOfDay(date);
        var unitIds = units.Select(u => u.Id).ToList();
        var windows = unitIds.Count == 0 ? [] : (await structure.GetWindowsAsync(null, unitIds, cancellationToken)).Where(w => w.IsActive)
            .OrderBy(w => w.Code).ToList();

        var people = (unit is not null
                ? await staff.SearchAsync(new StaffSearch(UnitId: unit.Id), cancellationToken)
                : await staff.SearchAsync(new StaffSearch(Scope: new DataScope(ScopeKind.Halls, null, [], [hall.Id])), cancellationToken))
            .ToDictionary(p => p.Id);
        var ofTheDay = await BoardFacts.PeopleOfTheDayAsync(db, date, hall.Id, unit?.Id, cancellationToken);
        var holders = windows.Count == 0 ? [] : await posts.GetHoldersAtAsync(windows.Select(w => new WindowInstant(w.Id, asOf)).ToList(), cancellationToken);
        var backups = windows.Count == 0 ? [] : await posts.GetBackupsInForceAsync(windows.Select(w => new BackupKey(w.Id, null, date)).ToList(), cancellationToken);
        var strangers = holders.Select(h => h.Post.StaffId).Concat(backups.Select(b => b.Backup.BackupStaffId)).Concat(backups.Select(b => b.Backup.PrimaryStaffId))
            .Concat(ofTheDay).Where(id => !people.ContainsKey(id)).Distinct().ToList();
        if (strangers.Count > 0)
            foreach (var person in await staff.GetByIdsAsync(strangers, cancellationToken)) people[person.Id] = person;

        var facts = await BoardFacts.LoadAsync(db, people.Keys.ToList(), windows.Select(w => w.Id).ToList(), date, asOf, live, cancellationToken);
        var day = new PersonFacts(facts, holders, local, asOf, live);

        var personDtos = people.Values.OrderBy(p => p.StaffNumber, StringComparer.Ordinal).Select(day.Person).ToList();
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

        var inScope = personDtos.Where(p => day.BelongsTo(people[p.StaffId], hall.Id, unit?.Id)).ToList();
        var counts = new BoardCountsDto(inScope.Count, inScope.Count(p => p.Present), inScope.Count(p => p.Out is not null),
            inScope.Count(p => p.Marks.Any(m => m.Status == SessionStatus.Late)),
            inScope.Count(p => p.Marks.Any(m => m.Status is SessionStatus.Absent or SessionStatus.OutWithoutLeave)),
            windowDtos.Count, windowDtos.Count(w => w.Uncovered));
        return new TeamBoardDto(date, live, now, local.TimeZoneId, hall.Id, hall.Name, unit?.Id, unit?.Name, windowDtos, personDtos, counts);
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The day's facts by person, and the rules that turn them into a person's line on the board.</summary>
    private sealed class PersonFacts(BoardFacts facts, IReadOnlyList<WindowHolderAt> holders, LocalClock local, DateTime asOf, bool live)
    {
        private readonly ILookup<Guid, EffectiveResult> _results = facts.Results.ToLookup(r => r.StaffId);
        private readonly ILookup<Guid, BoardFacts.DayNote> _notes = facts.Notes.ToLookup(n => n.StaffId);
        private readonly ILookup<Guid, BoardFacts.LeaveOnDay> _leave = facts.Leave.ToLookup(l => l.StaffId);
        private readonly Dictionary<Guid, Guid> _heldWindow = holders.GroupBy(h => h.Post.StaffId).ToDictionary(g => g.Key, g => g.First().Key.WindowId);

        /// <summary>
        /// Today: present = punched in today and not out now — an approved leave covering this half of the day, or an
        /// open whereabouts note, takes a person out whatever the punches say. A past day: present = punched in that day
        /// and not on leave that day (a leave covering either half takes the person out, and says which halves).
        /// </summary>
        public BoardPersonDto Person(StaffSummary p)
        {
            var firstPunch = facts.FirstPunch.GetValueOrDefault(p.Id);
            var leave = live ? _leave[p.Id].FirstOrDefault(l => l.Covers(local.Half(asOf))) : _leave[p.Id].FirstOrDefault();
            var note = live ? _notes[p.Id].FirstOrDefault(n => n.ReturnedAt is null) : null;
            BoardOutDto? outOfPost = null;
            if (leave is not null)
                outOfPost = new BoardOutDto(leave.IsOfficialBusiness ? BoardOutKind.OfficialBusiness : BoardOutKind.Leave, leave.NameZh, leave.NameEn,
                    null, null, null, leave.Morning, leave.Afternoon);
            else if (note is not null)
                outOfPost = new BoardOutDto(BoardOutKind.Whereabouts, null, null, note.Destination, local.Time(note.LeftAt), local.Time(note.ExpectedBackAt),
                    false, false);
            var results = _results[p.Id].ToList();
            var marks = results.Where(r => r.Status != SessionStatus.Present)
                .Select(r => new BoardMarkDto(r.SessionIndex, r.Status, r.LateMinutes, r.EarlyMinutes, r.SessionName)).ToList();
            var notes = _notes[p.Id].Select(n => new BoardNoteDto(n.Destination, local.Time(n.LeftAt), local.Time(n.ExpectedBackAt), local.Time(n.ReturnedAt)))
                .ToList();
            // Today a person is where Organization has them now; on a past day, where the day's end or results put them.
            var unitId = live || results.Count == 0 ? p.UnitId : results[0].UnitId;
            var windowId = live ? p.WindowId : _heldWindow.TryGetValue(p.Id, out var held) ? held : results.FirstOrDefault()?.WindowId;
            return new BoardPersonDto(p.Id, p.StaffNumber, p.Name, unitId, windowId, local.Time(firstPunch),
                firstPunch is not null && outOfPost is null, outOfPost, marks, notes);
        }

        /// <summary>
        /// Whether a person counts in the board's figures: today, by their hall and unit now; on a past day, by the hall and
        /// unit of that day's results, or by today's where they have none that day.
        /// </summary>
        public bool BelongsTo(StaffSummary p, Guid hallId, Guid? unitId)
        {
            var result = live ? null : _results[p.Id].FirstOrDefault();
            var (hall, unit) = result is null ? (p.HallId, p.UnitId) : (result.HallId, result.UnitId);
            return hall == hallId && (unitId is null || unit == unitId);
        }
    }
}
