using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>
/// Working-day arithmetic on the sample 2026 calendar (National Day 10-01..10-07 holiday, 09-20 and 10-10 make-up
/// working days), and the calendar import.
/// </summary>
public abstract class WorkCalendarTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private Task<T> CalendarAsync<T>(Func<IWorkCalendar, Task<T>> action) =>
        _app.WithScopeAsync(sp => action(sp.GetRequiredService<IWorkCalendar>()));

    [Theory]
    [InlineData("2026-11-20", 3, "2026-11-25")] // Friday + 3 working days skips the weekend
    [InlineData("2026-09-30", 3, "2026-10-10")] // over the National Day holiday to the make-up Saturday
    [InlineData("2026-09-18", 1, "2026-09-20")] // a Friday, then the make-up Sunday
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public async Task Should_add_working_days_over_holidays_and_make_up_days(string start, int days, string expected) =>
        (await CalendarAsync(c => c.AddWorkingDaysAsync(DateOnly.Parse(start), days))).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2026-09-30", "2026-10-10", 3)]
    [InlineData("2026-11-20", "2026-11-27", 5)]
    [InlineData("2026-11-27", "2026-11-20", 0)]
    public async Task Should_count_working_days_between_dates(string from, string to, int expected) =>
        (await CalendarAsync(c => c.WorkingDaysBetweenAsync(DateOnly.Parse(from), DateOnly.Parse(to)))).ShouldBe(expected);

    [Fact]
    public async Task Should_list_the_working_days_of_a_range_with_holidays_out_and_make_up_days_in()
    {
        var days = await CalendarAsync(c => c.GetWorkingDaysAsync(DateOnly.Parse("2026-09-30"), DateOnly.Parse("2026-10-11")));

        days.Order().ShouldBe([DateOnly.Parse("2026-09-30"), DateOnly.Parse("2026-10-08"), DateOnly.Parse("2026-10-09"), DateOnly.Parse("2026-10-10")]);
        (await CalendarAsync(c => c.GetWorkingDaysAsync(DateOnly.Parse("2026-10-11"), DateOnly.Parse("2026-10-10")))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_import_the_official_table_over_the_sample_by_date()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var file = Xlsx.Build(("日历", ["日期", "类型", "名称"],
        [
            ["2027-01-01", "节假日", "元旦"],
            ["2027-02-06", "调休上班", "春节调休上班"],
        ]));

        var first = await (await admin.Http.PostAsync("/api/organization/calendar/import", Xlsx.Upload(file)))
            .Content.ReadFromJsonAsync<CalendarImportResultDto>(ApiClient.Json);
        var again = await (await admin.Http.PostAsync("/api/organization/calendar/import", Xlsx.Upload(file)))
            .Content.ReadFromJsonAsync<CalendarImportResultDto>(ApiClient.Json);
        var year = await admin.GetAsync<CalendarYearDto>("/api/organization/calendar/2027");

        first.ShouldBe(new CalendarImportResultDto(2, 0, 0));
        again.ShouldBe(new CalendarImportResultDto(0, 0, 2));
        year.Days.Select(d => (d.Date, d.Kind, d.IsSample)).ShouldBe(
            [(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, false), (new DateOnly(2027, 2, 6), CalendarDayKind.MakeUpWorkday, false)]);
        year.WorkingDays.ShouldBe(261 - 1 + 1);
        (await CalendarAsync(c => c.IsWorkingDayAsync(new DateOnly(2027, 2, 6)))).ShouldBeTrue();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkCalendarTests_Sqlite(SqliteAppFixture fixture) : WorkCalendarTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class WorkCalendarTests_PostgreSql(PostgreSqlAppFixture fixture) : WorkCalendarTests(fixture);
