using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;
using Training.Platform.EntityFrameworkCore;
using Training.Tests.Infrastructure;
using Training.Unresolved;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Tests.Unresolved;

/// <summary>The demo people of 办不成事 and shortcuts the module's tests share.</summary>
public static class UnresolvedTestKit
{
    public const string Guide = "S0013";      // 巡导员 of 市政务服务中心 (SZX), on the demo roster every working day
    public const string Liaison = "liaison";  // 联络员 of 市住房和城乡建设局 (not stationed in any hall)
    public const string Housing = "市住房和城乡建设局";
    public const string Planning = "市自然资源和规划局"; // stations 不动产登记窗口 (BDC) in SZX

    public static CreateCaseInput NewCase(Guid hallId, string name, string phone, Guid? unitId = null, NotAcceptedReason? reason = null,
        string? explanation = null) =>
        new(hallId, ComplainantKind.Person, name, phone, null, IntakeChannel.Window, "测试事项" + phone[^4..], unitId, null,
            "来回跑了三次仍未办成。", reason, explanation);

    public static async Task<UnresolvedCaseDetailDto> RecordAsync(this ApiClient client, CreateCaseInput input) =>
        await client.PostAsync<UnresolvedCaseDetailDto>("/api/unresolved/cases", input);

    public static async Task<ReceiverDto> ReceiverAsync(this ApiClient client, string name) =>
        (await client.GetAsync<List<ReceiverDto>>("/api/unresolved/receivers")).Single(r => r.Name == name);

    public static async Task<Guid> UnitIdAsync(this TrainingApp app, string hallCode, string unitCode) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            return await (from u in db.Units join h in db.Halls on u.HallId equals h.Id where h.Code == hallCode && u.Code == unitCode select u.Id)
                .SingleAsync();
        });

    /// <summary>The staff number of the (first) lead of a unit.</summary>
    public static async Task<string> LeadOfAsync(this TrainingApp app, Guid unitId) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            return await (from l in db.UnitLeads join s in db.Staff on l.StaffId equals s.Id where l.UnitId == unitId
                          orderby s.StaffNumber select s.StaffNumber).FirstAsync();
        });

    public static async Task<Guid> UserOfAsync(this TrainingApp app, string staffNumber)
    {
        var staffId = await app.StaffIdAsync(staffNumber);
        return await app.WithScopeAsync(async sp => (await sp.GetRequiredService<IStaffIntegrationService>().GetByIdsAsync([staffId])).Single().UserId!.Value);
    }

    public static Task<int> NoticesAsync(this TrainingApp app, Guid userId, string kind) =>
        app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().Notifications.CountAsync(n => n.UserId == userId && n.Kind == kind));

    /// <summary>Whether any inbox message anywhere carries the text (a complainant's name or phone must never be in one).</summary>
    public static Task<bool> AnyNoticeContainsAsync(this TrainingApp app, string text) =>
        app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().Notifications.AnyAsync(n =>
            n.TitleZhHans.Contains(text) || n.TitleEn.Contains(text) || (n.BodyZhHans != null && n.BodyZhHans.Contains(text))
            || (n.BodyEn != null && n.BodyEn.Contains(text))));

    public static async Task<T> WithUnresolvedAsync<T>(this TrainingApp app, Func<UnresolvedDbContext, Task<T>> action) =>
        await app.WithScopeAsync(async sp => await action(sp.GetRequiredService<UnresolvedDbContext>()));
}

/// <summary>
/// An app whose clock stands on Wednesday 2026-09-30 10:00 in Shanghai, the day before the National Day holiday
/// (10-01 … 10-07) and its make-up Saturday 10-10: only the deadline test moves it, forward.
/// </summary>
public abstract class UnresolvedHolidayAppFixture() : ClockedAppFixture(new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero));

public sealed class SqliteUnresolvedHolidayAppFixture : UnresolvedHolidayAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlUnresolvedHolidayAppFixture : UnresolvedHolidayAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
