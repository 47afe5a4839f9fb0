using Training.SharedKernel.Domain;

namespace Training.Ratings.Domain;

/// <summary>
/// Service efficiency 服务效能 of one person in one month (002): cases handled 办件量 and those completed on time, as the
/// hall's case system reports them (an import or its device pushes). One per person and month, at the unit of the time;
/// a later report of the same month replaces the numbers.
/// </summary>
public sealed class ServiceRecord : Entity
{
    private ServiceRecord() { }

    public ServiceRecord(Guid id, Guid hallId, Guid unitId, Guid staffId, int year, int month) : base(id) =>
        (HallId, UnitId, StaffId, Year, Month) = (hallId, unitId, staffId, year, Check.InRange(month, "month", 1, 12));

    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid StaffId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public int CaseVolume { get; private set; }
    public int OnTimeCount { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Answers whether anything changed.</summary>
    public bool Update(Guid unitId, int caseVolume, int onTimeCount, DateTime at)
    {
        Check.InRange(caseVolume, "caseVolume", 0, 1_000_000);
        Check.InRange(onTimeCount, "onTimeCount", 0, caseVolume);
        var changed = UnitId != unitId || CaseVolume != caseVolume || OnTimeCount != onTimeCount;
        (UnitId, CaseVolume, OnTimeCount) = (unitId, caseVolume, onTimeCount);
        if (changed) UpdatedAt = at;
        return changed;
    }
}
