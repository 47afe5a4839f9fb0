using Training.Attendance.Application.Results;

namespace Training.Attendance.Application.Intake;

public static class PersonDayRanges
{
    /// <summary>Each person's distinct dates, consecutive dates merged into one range (Mon–Fri is one range, a gap starts another).</summary>
    public static IReadOnlyList<PersonDays> Collapse(IEnumerable<(Guid StaffId, DateOnly Date)> days)
    {
        var result = new List<PersonDays>();
        foreach (var person in days.Distinct().GroupBy(d => d.StaffId))
        {
            DateOnly? from = null, to = null;
            foreach (var date in person.Select(d => d.Date).Order())
            {
                if (to is { } last && date == last.AddDays(1))
                {
                    to = date;
                    continue;
                }
                if (from is not null) result.Add(new PersonDays(person.Key, from.Value, to!.Value));
                from = to = date;
            }
            if (from is not null) result.Add(new PersonDays(person.Key, from.Value, to!.Value));
        }
        return result;
    }
}
