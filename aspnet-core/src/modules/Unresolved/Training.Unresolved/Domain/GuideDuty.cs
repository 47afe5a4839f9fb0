using Training.SharedKernel.Domain;

namespace Training.Unresolved.Domain;

/// <summary>The duty roster 当日大厅巡导员: one guide per hall and day (the first responsible person of that day's cases).</summary>
public sealed class GuideDuty
{
    private GuideDuty() { }

    public GuideDuty(Guid id, Guid hallId, DateOnly date, Guid staffId, string staffName)
    {
        (Id, HallId, Date) = (id, hallId, date);
        Assign(staffId, staffName);
    }

    public Guid Id { get; private set; }
    public Guid HallId { get; private set; }
    public DateOnly Date { get; private set; }
    public Guid StaffId { get; private set; }
    public string StaffName { get; private set; } = "";

    public void Assign(Guid staffId, string staffName) =>
        (StaffId, StaffName) = (staffId, Check.NotBlank(staffName, "staffName", UnresolvedConsts.MaxPersonNameLength));
}
