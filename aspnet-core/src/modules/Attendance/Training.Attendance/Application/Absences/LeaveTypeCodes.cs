namespace Training.Attendance.Application.Absences;

/// <summary>The codes of the leave types seeded on every start (an administrator edits them, never deletes them).</summary>
public static class LeaveTypeCodes
{
    /// <summary>年休假: its entitlement follows the years of service (<see cref="Domain.AnnualLeaveRule"/>).</summary>
    public const string Annual = "annual";
    public const string Sick = "sick";
    public const string Personal = "personal";
    public const string Marriage = "marriage";
    public const string Maternity = "maternity";
    public const string Paternity = "paternity";
    public const string Bereavement = "bereavement";
    public const string OfficialBusiness = "business";
    public const string Compensatory = "compensatory";
}
