using Training.SharedKernel.Domain;

namespace Training.Attendance.Domain;

/// <summary>
/// A kind of leave (annual, sick, personal, marriage, maternity, official business 公出, compensatory 调休 …). Whether it
/// counts working or calendar days, and whether it draws on a balance, are the administrator's to set.
/// <see cref="IsOfficialBusiness"/> turns a covered session into "official business" instead of "on leave".
/// </summary>
public sealed class LeaveType : AggregateRoot
{
    private LeaveType() { }

    public LeaveType(Guid id, string code, string nameZh, string nameEn, LeaveCountMode countMode, bool hasBalance,
        bool isOfficialBusiness, int sortOrder) : base(id)
    {
        Code = code.Trim();
        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        CountMode = countMode;
        HasBalance = hasBalance;
        IsOfficialBusiness = isOfficialBusiness;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public LeaveCountMode CountMode { get; private set; }
    public bool HasBalance { get; private set; }
    public bool IsOfficialBusiness { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string nameZh, string nameEn, LeaveCountMode countMode, bool hasBalance, bool isOfficialBusiness, int sortOrder, bool isActive)
    {
        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        CountMode = countMode;
        HasBalance = hasBalance;
        IsOfficialBusiness = isOfficialBusiness;
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}
