namespace Training.Organization;

/// <summary>
/// Read-only, batched facts about window posts for other modules (Attendance, Ratings, the person file): who held a
/// window on a date or at an instant, each person's post history, and the AB backups 岗位AB角 in force. Every call is
/// one database query over the whole set, however many keys it is given. Like <see cref="IStaffIntegrationService"/>
/// it applies no data scope: callers check their own.
/// </summary>
public interface IWindowPostIntegrationService
{
    /// <summary>
    /// For each (window, local date): the assignments whose stretch overlaps that day in the hall's time zone — several
    /// when the post changed hands during the day. Ordered by window, date and start.
    /// </summary>
    Task<IReadOnlyList<WindowHolderOnDate>> GetHoldersOnDatesAsync(IReadOnlyCollection<WindowDate> keys, CancellationToken cancellationToken = default);

    /// <summary>For each (window, UTC instant): the person assigned there at that instant (start inclusive, end exclusive).</summary>
    Task<IReadOnlyList<WindowHolderAt>> GetHoldersAtAsync(IReadOnlyCollection<WindowInstant> keys, CancellationToken cancellationToken = default);

    /// <summary>Every post each person held, oldest first per person.</summary>
    Task<IReadOnlyList<PostHistoryEntry>> GetPostHistoryAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each (window or person, local date): the AB backups in force that day. A key with a window matches that window's
    /// backups; a key with a person matches the backups where the person is A or B (the record says which).
    /// </summary>
    Task<IReadOnlyList<BackupInForce>> GetBackupsInForceAsync(IReadOnlyCollection<BackupKey> keys, CancellationToken cancellationToken = default);
}

public sealed record WindowDate(Guid WindowId, DateOnly Date);

public sealed record WindowInstant(Guid WindowId, DateTime At);

/// <summary>One stretch of a person at a window: dates [StartDate, EndDate) and instants [StartsAt, EndsAt) in UTC.</summary>
public sealed record PostStretch(
    Guid AssignmentId, Guid StaffId, Guid WindowId, Guid UnitId, Guid HallId, DateOnly StartDate, DateOnly? EndDate,
    DateTime StartsAt, DateTime? EndsAt);

public sealed record WindowHolderOnDate(WindowDate Key, PostStretch Post);

public sealed record WindowHolderAt(WindowInstant Key, PostStretch Post);

/// <summary>A post of a person's history, with the names of the window, unit and hall (snapshots of the time for unit and hall).</summary>
public sealed record PostHistoryEntry(
    PostStretch Post, string WindowCode, string WindowName, string UnitName, string HallName, AssignmentEndKind? EndKind);

/// <summary>A window, or a person, on a local date; exactly one of the two is given.</summary>
public sealed record BackupKey(Guid? WindowId, Guid? StaffId, DateOnly Date);

/// <summary>An AB backup: <paramref name="PrimaryStaffId"/> (A) at the window is covered by <paramref name="BackupStaffId"/> (B) from … to (inclusive).</summary>
public sealed record PostBackupInfo(
    Guid Id, Guid WindowId, Guid UnitId, Guid HallId, Guid PrimaryStaffId, Guid BackupStaffId, DateOnly FromDate, DateOnly? ToDate);

public sealed record BackupInForce(BackupKey Key, PostBackupInfo Backup);
