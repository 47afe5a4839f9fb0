using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Training.Learning.EntityFrameworkCore;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// What every import endpoint promises, whatever it imports: a hostile spreadsheet is refused quickly with a stable
/// code, and the template uploaded as downloaded writes nothing (its examples are on the notes sheet).
/// </summary>
public abstract class ImportSafetyTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    /// <summary>Each import: its endpoint and the name of the sheet it reads first.</summary>
    public static TheoryData<string, string> Imports => new()
    {
        { "/api/organization/staff/import", "人员" },
        { "/api/organization/calendar/import", "日历" },
        { "/api/learning/questions/import", "题库" },
        { "/api/learning/certificates/import", "证书" },
    };

    private async Task<ApiClient> AdminAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        return admin;
    }

    [Theory]
    [MemberData(nameof(Imports))]
    public async Task Should_refuse_a_sparse_sheet_and_a_zip_bomb_within_a_second(string endpoint, string sheet)
    {
        var admin = await AdminAsync();
        var sparse = Xlsx.Sparse(sheet);
        var bomb = Xlsx.Bomb(sheet, 100);
        await admin.Http.PostAsync(endpoint, Xlsx.Upload(Xlsx.Sparse(sheet, withDimension: false))); // warm the path up

        var (sparseAnswer, sparseTook, sparseAllocated) = await TimedAsync(() => admin.Http.PostAsync(endpoint, Xlsx.Upload(sparse)));
        var (bombAnswer, bombTook, bombAllocated) = await TimedAsync(() => admin.Http.PostAsync(endpoint, Xlsx.Upload(bomb)));

        sparseAnswer.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ApiClient.ProblemAsync(sparseAnswer)).GetProperty("code").GetString().ShouldBe(CommonErrorCodes.TooManyRows);
        bombAnswer.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ApiClient.ProblemAsync(bombAnswer)).GetProperty("code").GetString().ShouldBe(CommonErrorCodes.UnpackedTooLarge);
        sparseTook.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        bombTook.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        // Process-wide (the host runs in this process), so it includes whatever else runs meanwhile: a bound, not a measure.
        sparseAllocated.ShouldBeLessThan(100L * 1024 * 1024);
        bombAllocated.ShouldBeLessThan(100L * 1024 * 1024);
    }

    [Theory]
    [MemberData(nameof(Imports))]
    public async Task Should_change_nothing_when_the_untouched_template_comes_back(string endpoint, string sheet)
    {
        var admin = await AdminAsync();
        var template = await admin.Http.GetAsync($"{endpoint}/template");
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = await template.Content.ReadAsByteArrayAsync();
        var before = await SnapshotAsync();

        var response = await admin.Http.PostAsync(endpoint, Xlsx.Upload(file));

        var problem = await ApiClient.ProblemAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("code").GetString().ShouldBe(CommonErrorCodes.ImportEmpty);
        problem.GetProperty("title").GetString()!.ShouldContain(sheet);
        (await SnapshotAsync()).ShouldBe(before);
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(file));
        sheets[^1].ShouldBe(Spreadsheet.NotesSheet);
        sheets.ShouldContain(sheet);
        MiniExcel.Query(new MemoryStream(file), useHeaderRow: false, sheetName: sheet).Count().ShouldBe(1); // the header only
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Took, long Allocated)> TimedAsync(Func<Task<HttpResponseMessage>> call)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var response = await call();
        await response.Content.LoadIntoBufferAsync();
        return (response, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    /// <summary>Every table an import writes: its row count and the latest change.</summary>
    private Task<string> SnapshotAsync() => _app.WithScopeAsync(async sp =>
    {
        var organization = sp.GetRequiredService<OrganizationDbContext>();
        var learning = sp.GetRequiredService<LearningDbContext>();
        var days = await organization.CalendarDays.AsNoTracking().OrderBy(d => d.Date).Select(d => new { d.Date, d.Kind, d.Name, d.IsSample }).ToListAsync();
        return string.Join("|",
            $"staff {await organization.Staff.CountAsync()} {await organization.Staff.MaxAsync(s => s.ModifiedAt)}",
            $"units {await organization.Units.CountAsync()} {await organization.Units.MaxAsync(u => u.ModifiedAt)}",
            $"windows {await organization.Windows.CountAsync()} {await organization.Windows.MaxAsync(w => w.ModifiedAt)}",
            $"departments {await organization.Departments.CountAsync()}",
            $"calendar {string.Join(",", days)}",
            $"questions {await learning.Questions.CountAsync()} {await learning.Questions.MaxAsync(q => q.ModifiedAt)}",
            $"categories {await learning.QuestionCategories.CountAsync()}",
            $"certificates {await learning.Certificates.CountAsync()} {await learning.Certificates.MaxAsync(c => c.ModifiedAt)}");
    });
}

[Collection(SqliteCollection.Name)]
public sealed class ImportSafetyTests_Sqlite(SqliteAppFixture fixture) : ImportSafetyTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ImportSafetyTests_PostgreSql(PostgreSqlAppFixture fixture) : ImportSafetyTests(fixture);
