using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Organization.Application;

/// <summary>
/// 岗位AB角 of a unit's window posts, kept by the unit's lead and the hall's manager within their scope: a unit outside it
/// answers 404. B is an active member of the window's unit: the unit's people handle its matters and its lead answers for
/// them (a lead has no say over another unit's people); B stands at the window in A's place, so B passes the window-post
/// gate (a valid pre-job certificate) like anyone taking the post.
/// </summary>
internal sealed class PostBackupService(OrganizationDbContext db, IDataScopeProvider scopes, WindowPostGate gate, TimeProvider clock)
{
    public async Task<UnitPostsDto> GetUnitPostsAsync(Guid unitId, DateOnly? date, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        // One read gives both the scope check and the page's unit (with its department's name).
        var unitDto = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new UnitDto(u.Id, u.HallId, u.Code, u.Name, u.Kind, u.DepartmentId,
                db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(), u.IsActive))
            .FirstOrDefaultAsync(cancellationToken);
        if (unitDto is null || !scope.CoversUnit(unitDto.Id, unitDto.HallId)) throw new EntityNotFoundException("Unit", unitId);
        var day = date ?? clock.Today();
        var windows = await db.Windows.AsNoTracking().Where(w => w.UnitId == unitId).OrderBy(w => w.Code)
            .Select(w => new WindowDto(w.Id, w.HallId, w.UnitId, w.Code, w.Name, w.Type, w.IsActive, db.Staff.Count(s => s.CurrentWindowId == w.Id)))
            .ToListAsync(cancellationToken);
        var holders = await (from s in db.Staff.AsNoTracking()
                             join w in db.Windows on s.CurrentWindowId equals w.Id
                             where w.UnitId == unitId
                             orderby s.StaffNumber
                             select new { WindowId = w.Id, Person = new PersonRefDto(s.Id, s.StaffNumber, s.Name) }).ToListAsync(cancellationToken);
        var backups = await Dtos(db.PostBackups.Where(b => b.UnitId == unitId && (b.ToDate == null || b.ToDate >= day)))
            .ToListAsync(cancellationToken);
        var holdersBy = holders.ToLookup(h => h.WindowId, h => h.Person);
        var backupsBy = backups.OrderBy(b => b.FromDate).ToLookup(b => b.WindowId);
        return new UnitPostsDto(unitDto, day, windows.Select(w => new WindowPostDto(w, holdersBy[w.Id].ToList(), backupsBy[w.Id].ToList())).ToList());
    }

    public async Task<PostBackupDto> CreateAsync(CreatePostBackupInput input, CancellationToken cancellationToken)
    {
        var window = await db.Windows.FirstOrDefaultAsync(w => w.Id == input.WindowId, cancellationToken);
        if (window is null || !(await scopes.GetAsync(cancellationToken)).ForWriting().CoversUnit(window.UnitId, window.HallId))
            throw new EntityNotFoundException("Window", input.WindowId);
        var people = await db.Staff.AsNoTracking().Where(s => s.Id == input.PrimaryStaffId || s.Id == input.BackupStaffId)
            .Select(s => new { s.Id, s.Name, s.Status, s.UnitId, s.CurrentWindowId }).ToListAsync(cancellationToken);
        var primary = people.FirstOrDefault(p => p.Id == input.PrimaryStaffId);
        if (primary is null || primary.CurrentWindowId != window.Id)
            throw new BusinessException(OrganizationErrorCodes.PrimaryNotAtWindow, primary?.Name ?? "", window.Code);
        var backupPerson = people.FirstOrDefault(p => p.Id == input.BackupStaffId);
        var backup = new PostBackup(Guid.NewGuid(), window, input.PrimaryStaffId, input.BackupStaffId, input.FromDate, input.ToDate);
        if (backupPerson is null || backupPerson.Status != StaffStatus.Active || backupPerson.UnitId != window.UnitId)
            throw new BusinessException(OrganizationErrorCodes.BackupNotInUnit, backupPerson?.Name ?? "");
        // Asked as of the first day when it has passed (a period recorded afterwards), else today: a certificate that
        // lapses later is the gate's and the certificate reminders' business on that day, not a reason to refuse a plan.
        var asOf = input.FromDate < clock.Today() ? input.FromDate : clock.Today();
        await gate.EnsureEligibleAsync(backupPerson.Id, backupPerson.Name, window.Id, asOf, cancellationToken);
        await EnsureNoOverlapAsync(backup, input.FromDate, input.ToDate, cancellationToken);
        db.PostBackups.Add(backup);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(backup.Id, cancellationToken);
    }

    /// <summary>Sets the backup's last day (inclusive; today when not given).</summary>
    public async Task<PostBackupDto> EndAsync(Guid id, EndPostBackupInput input, CancellationToken cancellationToken)
    {
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var backup = await db.PostBackups.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (backup is null || !scope.CoversUnit(backup.UnitId, backup.HallId)) throw new EntityNotFoundException("PostBackup", id);
        var lastDay = input.ToDate ?? clock.Today();
        backup.EndOn(lastDay);
        await EnsureNoOverlapAsync(backup, backup.FromDate, lastDay, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>One A at one window has at most one B on any day.</summary>
    private async Task EnsureNoOverlapAsync(PostBackup backup, DateOnly start, DateOnly? end, CancellationToken cancellationToken)
    {
        var clash = await (from b in db.PostBackups.AsNoTracking().Where(PostBackup.Overlapping(start, end))
                           join s in db.Staff on b.BackupStaffId equals s.Id
                           where b.WindowId == backup.WindowId && b.PrimaryStaffId == backup.PrimaryStaffId && b.Id != backup.Id
                           orderby b.FromDate
                           select new { b.FromDate, b.ToDate, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
            throw new BusinessException(OrganizationErrorCodes.BackupOverlaps, MessageDates.Iso(clash.FromDate),
                clash.ToDate is { } to ? MessageDates.Iso(to) : "…", clash.Name)
            {
                Kind = ErrorKind.Conflict,
            };
    }

    private async Task<PostBackupDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await Dtos(db.PostBackups.Where(b => b.Id == id)).ToListAsync(cancellationToken)).Single();

    private IQueryable<PostBackupDto> Dtos(IQueryable<PostBackup> backups) =>
        from b in backups.AsNoTracking()
        join w in db.Windows on b.WindowId equals w.Id
        join a in db.Staff on b.PrimaryStaffId equals a.Id
        join s in db.Staff on b.BackupStaffId equals s.Id
        select new PostBackupDto(b.Id, b.WindowId, w.Code, b.UnitId, new PersonRefDto(a.Id, a.StaffNumber, a.Name),
            new PersonRefDto(s.Id, s.StaffNumber, s.Name), b.FromDate, b.ToDate);
}
