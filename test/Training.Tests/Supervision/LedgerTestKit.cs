using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;
using Training.Platform.EntityFrameworkCore;
using Training.Supervision;
using Training.Supervision.EntityFrameworkCore;
using Training.Supervision.Jobs;
using Training.Tests.Infrastructure;

namespace Training.Tests.Supervision;

/// <summary>What the ledger tests share: units and their leads, the ledger's calls, the deadline job, inbox counts.</summary>
internal static class LedgerTestKit
{
    public const string Ledger = "/api/supervision/ledger";
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static async Task<Guid> UnitIdAsync(this TrainingApp app, string hallCode, string unitCode) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            var hallId = await db.Halls.Where(h => h.Code == hallCode).Select(h => h.Id).SingleAsync();
            return await db.Units.Where(u => u.HallId == hallId && u.Code == unitCode).Select(u => u.Id).SingleAsync();
        });

    /// <summary>The staff number of a lead of the unit (the demo seeds one per unit), to sign in as them.</summary>
    public static async Task<string> LeadOfAsync(this TrainingApp app, Guid unitId) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            var staffId = await db.UnitLeads.Where(l => l.UnitId == unitId).Select(l => l.StaffId).FirstAsync();
            return await db.Staff.Where(s => s.Id == staffId).Select(s => s.StaffNumber).SingleAsync();
        });

    public static async Task<Guid> UserOfAsync(this TrainingApp app, string staffNumber)
    {
        var staffId = await app.StaffIdAsync(staffNumber);
        return await app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<IStaffIntegrationService>().GetByIdsAsync([staffId])).Single().UserId!.Value);
    }

    /// <summary>Inbox messages of a kind for a user whose title names <paramref name="title"/> (or whose body does).</summary>
    public static async Task<int> NoticesAsync(this TrainingApp app, Guid userId, string kind, string title) =>
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().Notifications
            .CountAsync(n => n.UserId == userId && n.Kind == kind && (n.TitleZhHans.Contains(title) || n.BodyZhHans!.Contains(title))));

    public static Task<LedgerDetailDto> SelfCheckAsync(this ApiClient client, Guid unitId, string title, DateOnly? dueOn = null) =>
        client.PostAsync<LedgerDetailDto>(Ledger, new CreateSelfCheckInput(unitId, title, "对照标准逐项整改", "窗口负责人", dueOn));

    public static MultipartFormDataContent ProgressForm(string note, bool final, int version, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(note), "note" },
            { new StringContent(final ? "true" : "false"), "final" },
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    public static Task<LedgerDetailDto> ReportAsync(this ApiClient client, LedgerDetailDto item, string note, bool final,
        params (string Name, byte[] Content)[] files) =>
        client.PostMultipartAsync<LedgerDetailDto>($"{Ledger}/{item.Item.Id}/progress", ProgressForm(note, final, item.Item.Version, files));

    public static Task<(int StampedOverdue, int Reminded)> RunDeadlinesJobAsync(this TrainingApp app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<LedgerDeadlinesJob>().RunAsync(CancellationToken.None));

    public static async Task ShouldBeRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }
}

/// <summary>
/// An app whose clock starts on Thursday 2026-09-24, 10:00 in Shanghai: the day before 中秋 (09-25 … 09-27) and a week
/// before 国庆 (10-01 … 10-07), with the 调休 Saturday 10-10 a working day — deadlines counted in working days cross all
/// three. The sample 2026 calendar of the demo data holds these days.
/// </summary>
public abstract class LedgerHolidayAppFixture() : ClockedAppFixture(new DateTimeOffset(2026, 9, 24, 2, 0, 0, TimeSpan.Zero));

public sealed class SqliteLedgerHolidayAppFixture : LedgerHolidayAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlLedgerHolidayAppFixture : LedgerHolidayAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
