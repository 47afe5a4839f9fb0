using System.Linq.Expressions;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Organization.Domain;

/// <summary>
/// 岗位AB角: the person holding a window post (A) is covered by a backup (B) from a date until an optional last day
/// (inclusive). B belongs to the window's unit (checked by the service, which reads the unit's people). The unit and hall
/// are snapshots of the window's, so the data scope filters on them.
/// </summary>
public sealed class PostBackup : AggregateRoot
{
    private PostBackup() { }

    public PostBackup(Guid id, Window window, Guid primaryStaffId, Guid backupStaffId, DateOnly fromDate, DateOnly? toDate) : base(id)
    {
        if (primaryStaffId == backupStaffId) throw new BusinessException(OrganizationErrorCodes.BackupIsPrimary);
        EnsureOrder(fromDate, toDate);
        WindowId = window.Id;
        UnitId = window.UnitId;
        HallId = window.HallId;
        PrimaryStaffId = primaryStaffId;
        BackupStaffId = backupStaffId;
        FromDate = fromDate;
        ToDate = toDate;
    }

    public Guid WindowId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid PrimaryStaffId { get; private set; }
    public Guid BackupStaffId { get; private set; }
    public DateOnly FromDate { get; private set; }

    /// <summary>The last day in force (inclusive); null while open-ended.</summary>
    public DateOnly? ToDate { get; private set; }

    /// <summary>Ends the backup on <paramref name="lastDay"/> (inclusive); an earlier end than the one set shortens it.</summary>
    public void EndOn(DateOnly lastDay)
    {
        EnsureOrder(FromDate, lastDay);
        ToDate = lastDay;
    }

    public bool InForceOn(DateOnly date) => FromDate <= date && (ToDate is null || date <= ToDate);

    /// <summary>Backups sharing a day with the inclusive period [from, to] (to null: open-ended); runs in SQL.</summary>
    public static Expression<Func<PostBackup, bool>> Overlapping(DateOnly from, DateOnly? to) =>
        b => (to == null || b.FromDate <= to) && (b.ToDate == null || b.ToDate >= from);

    private static void EnsureOrder(DateOnly from, DateOnly? to)
    {
        if (to < from) throw new BusinessException(OrganizationErrorCodes.BackupDateOrder, MessageDates.Iso(from), MessageDates.Iso(to.Value));
    }
}
