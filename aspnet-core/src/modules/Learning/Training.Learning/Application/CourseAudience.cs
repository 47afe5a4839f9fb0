using Training.Learning.Domain;
using Training.Organization;

namespace Training.Learning.Application;

/// <summary>The one audience rule for a person: their unit, the type of the window they hold now, and their staff kind.</summary>
internal static class CourseAudience
{
    public static bool IsFor(this Course course, StaffSummary person) =>
        course.IsFor(person.UnitId, person.WindowType?.ToString(), person.Kind.ToString());
}
