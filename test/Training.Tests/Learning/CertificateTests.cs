using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Learning;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;
using Training.Platform;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>Earlier certificates by import, scope, revocation, and the public verification.</summary>
public abstract class CertificateTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private static readonly string[] Header = ["工号", "证书类型", "证书名称", "原证书编号", "发证日期", "有效期至"];

    private async Task<(ApiClient Admin, CertificateImportResultDto Result, string Prefix)> ImportAsync(params string?[][] rows)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var prefix = $"GQ{Random.Shared.Next(100000, 999999)}";
        var file = Xlsx.Build(("证书", Header, rows.Select(r => r.Select(c => c?.Replace("{p}", prefix)).ToArray()).ToArray()));
        var response = await admin.Http.PostAsync("/api/learning/certificates/import", Xlsx.Upload(file));
        var result = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CertificateImportResultDto>(ApiClient.Json) : null;
        return (admin, result!, prefix);
    }

    [Fact]
    public async Task Should_import_earlier_certificates_once_with_the_default_validity()
    {
        string?[][] rows =
        [
            [Demo.Staff, "岗前", null, "{p}-1", "2024-03-01", null],
            [Demo.OtherStaff, "岗前", "岗前培训合格证（2023版）", "{p}-2", "2023-06-15", "2026-06-14"],
        ];
        var (admin, first, prefix) = await ImportAsync(rows);
        var file = Xlsx.Build(("证书", Header, rows.Select(r => r.Select(c => c?.Replace("{p}", prefix)).ToArray()).ToArray()));

        var again = await (await admin.Http.PostAsync("/api/learning/certificates/import", Xlsx.Upload(file)))
            .Content.ReadFromJsonAsync<CertificateImportResultDto>(ApiClient.Json);
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        var mine = await admin.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={staffId}&maxResultCount=100");

        first.ShouldBe(new CertificateImportResultDto(2, 0, 0));
        again.ShouldBe(new CertificateImportResultDto(0, 0, 2));
        var imported = mine.Items.Single(c => c.IssuedOn == new DateOnly(2024, 3, 1));
        imported.ExpiresOn.ShouldBe(new DateOnly(2027, 2, 28)); // 36 months, the setting's default
        imported.Source.ShouldBe(CertificateSource.Imported);
        imported.Title.ShouldBe("岗前培训合格证");
    }

    [Fact]
    public async Task Should_list_every_bad_row_and_write_nothing()
    {
        var (admin, _, _) = await ImportAsync();
        var file = Xlsx.Build(("证书", Header,
        [
            ["NOBODY", "岗前", null, "X-1", "2024-03-01", null],
            [Demo.Staff, "驾照", null, "X-2", "2024-03-01", null],
            [Demo.Staff, "岗前", null, "X-3", "2024-13-01", null],
            [Demo.Staff, "岗前", null, "X-4", "2024-03-01", "2023-03-01"],
        ]));

        var response = await admin.Http.PostAsync("/api/learning/certificates/import", Xlsx.Upload(file));

        (await ApiClient.ProblemAsync(response)).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32())
            .ShouldBe([2, 3, 4, 5]);
    }

    [Fact]
    public async Task Should_show_staff_only_their_own_certificates()
    {
        await ImportAsync([Demo.Staff, "岗前", null, "{p}-1", "2025-01-01", null], [Demo.OtherStaff, "岗前", null, "{p}-2", "2025-01-01", null]);
        var staff = _app.CreateApiClient();
        var me = await staff.LoginAsync(Demo.Staff);

        var listed = await staff.GetAsync<PagedResult<CertificateDto>>("/api/learning/certificates?maxResultCount=1000");
        var mine = await staff.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");

        listed.Items.ShouldAllBe(c => c.StaffId == me.StaffId);
        mine.ShouldNotBeEmpty();
        mine.ShouldAllBe(c => c.StaffId == me.StaffId);
    }

    [Fact]
    public async Task Should_revoke_with_a_reason_once_and_show_it_on_the_public_page()
    {
        var (admin, _, prefix) = await ImportAsync([Demo.OtherStaff, "岗前", null, "{p}-1", "2025-05-01", null]);
        var otherId = await _app.StaffIdAsync(Demo.OtherStaff);
        var certificate = (await admin.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={otherId}&maxResultCount=100"))
            .Items.First(c => c.IssuedOn == new DateOnly(2025, 5, 1));
        var anonymous = _app.CreateApiClient();
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);

        var before = await anonymous.GetAsync<CertificateVerificationDto>($"/api/public/certificates/{certificate.Code.ToLowerInvariant()}");
        (await staff.PostRawAsync($"/api/learning/certificates/{certificate.Id}/revoke", new RevokeCertificateInput("冒用"))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        var revoked = await admin.PostAsync<CertificateDto>($"/api/learning/certificates/{certificate.Id}/revoke", new RevokeCertificateInput("考试作弊，证书作废"));
        var twice = await admin.PostRawAsync($"/api/learning/certificates/{certificate.Id}/revoke", new RevokeCertificateInput("再次"));
        var after = await anonymous.GetAsync<CertificateVerificationDto>($"/api/public/certificates/{certificate.Code}");
        var fake = await anonymous.GetAsync<CertificateVerificationDto>("/api/public/certificates/AAAA-BBBB-CCCC");

        before.ShouldBe(new CertificateVerificationDto(true, CertificateStatus.Valid, "岗前培训合格证", Certificate.Mask(certificate.HolderName),
            new DateOnly(2025, 5, 1), new DateOnly(2028, 4, 30)));
        before.HolderMasked.ShouldNotBe(certificate.HolderName);
        revoked.Status.ShouldBe(CertificateStatus.Revoked);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        after.Status.ShouldBe(CertificateStatus.Revoked);
        fake.Genuine.ShouldBeFalse();
        _ = prefix;
    }

    /// <summary>
    /// A hall manager's import reaches only their hall: another hall's person is answered exactly like a staff number
    /// that does not exist, another hall's certificate is neither rewritten nor given to someone else, and the file
    /// writes nothing.
    /// </summary>
    [Fact]
    public async Task Should_hold_a_hall_managers_import_to_their_hall_and_reveal_nothing_beyond_it()
    {
        var (_, _, prefix) = await ImportAsync([Demo.OtherHallStaff, "岗前", null, "{p}-A", "2024-01-01", "2026-12-31"]);
        var manager = _app.CreateApiClient();
        var me = await manager.LoginAsync(Demo.Manager);
        var otherHall = await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Staff
            .Where(s => s.StaffNumber == Demo.OtherHallStaff).Select(s => s.HallId).SingleAsync());
        me.Scope.HallIds.ShouldNotContain(otherHall);
        var before = await CertificatesAsync(prefix);
        var file = Xlsx.Build(("证书", Header,
        [
            [Demo.OtherHallStaff, "岗前", null, $"{prefix}-B", "2025-01-01", null],
            ["NOBODY9", "岗前", null, $"{prefix}-C", "2025-01-01", null],
            [Demo.OtherStaff, "岗前", null, $"{prefix}-A", "2025-01-01", "2099-12-31"],
            [Demo.OtherHallStaff, "岗前", null, $"{prefix}-A", "2025-01-01", "2099-12-31"],
        ]));

        var response = await manager.Http.PostAsync("/api/learning/certificates/import", Xlsx.Upload(file));
        var rows = (await ApiClient.ProblemAsync(response)).GetProperty("rows").EnumerateArray()
            .Select(r => (Row: r.GetProperty("row").GetInt32(), Column: r.GetProperty("column").GetString(), Code: r.GetProperty("code").GetString(),
                Message: r.GetProperty("message").GetString()!)).ToList();
        var after = await CertificatesAsync(prefix);
        var within = await manager.PostMultipartAsync<CertificateImportResultDto>("/api/learning/certificates/import", Xlsx.Upload(Xlsx.Build(
            ("证书", Header, [[Demo.OtherStaff, "课程", "窗口礼仪", $"{prefix}-D", "2025-01-01", null]]))));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        rows.Select(r => r.Row).ShouldBe([2, 3, 4, 5]);
        var (otherHallPerson, nobody) = (rows[0], rows[1]);
        (otherHallPerson.Column, otherHallPerson.Code).ShouldBe((nobody.Column, CommonErrorCodes.NotFound));
        nobody.Code.ShouldBe(CommonErrorCodes.NotFound);
        otherHallPerson.Message.Replace(Demo.OtherHallStaff, "#").ShouldBe(nobody.Message.Replace("NOBODY9", "#"));
        rows[3].Message.ShouldBe(otherHallPerson.Message);
        rows[2].Code.ShouldBe(CommonErrorCodes.Duplicate); // the number is taken, by whom is not said
        after.ShouldBe(before);
        within.ShouldBe(new CertificateImportResultDto(1, 0, 0));
    }

    /// <summary>
    /// A certificate follows its holder, not the hall that issued it: after a move from SZX to GXQ, GXQ's manager lists,
    /// counts and revokes it, and to SZX's manager it no longer exists — 404 on revoke (not 403, which would say it
    /// exists), absent from the list, out of the "expiring" count on the home page.
    /// </summary>
    [Fact]
    public async Task Should_let_the_holders_hall_today_manage_a_certificate_not_the_hall_that_issued_it()
    {
        var admin = await SignInAsync(Demo.Admin);
        var (szx, gxq) = (await _app.HallIdAsync("SZX"), await _app.HallIdAsync("GXQ"));
        var number = $"T{Random.Shared.Next(1000000, 9999999)}";
        var person = (await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
            new SaveStaffInput(number, "调动测试", null, StaffKind.Own, null, szx, null))).Staff;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await admin.ImportPreJobCertificatesAsync("2023-01-01", today.AddDays(5).ToString("yyyy-MM-dd"), number); // expiring soon
        var hallA = await SignInAsync(Demo.Manager);
        var hallB = await NewManagerAsync(admin, gxq);
        var list = $"/api/learning/certificates?staffId={person.Id}";
        var certificate = (await hallA.GetAsync<PagedResult<CertificateDto>>(list)).Items.Single();
        var revoke = $"/api/learning/certificates/{certificate.Id}/revoke";
        var (expiringA, expiringB) = (await ExpiringAsync(hallA), await ExpiringAsync(hallB));
        var beforeMove = (ListedByB: (await hallB.GetAsync<PagedResult<CertificateDto>>(list)).TotalCount,
            RevokedByB: (await hallB.PostRawAsync(revoke, new RevokeCertificateInput("调动前"))).StatusCode);

        await admin.PutAsync<StaffDetailDto>($"/api/organization/staff/{person.Id}",
            new SaveStaffInput(number, "调动测试", null, StaffKind.Own, null, gxq, null)); // moved to GXQ

        var listedByA = await hallA.GetAsync<PagedResult<CertificateDto>>(list);
        var everythingOfA = await hallA.GetAsync<PagedResult<CertificateDto>>("/api/learning/certificates?kind=PreJob&status=Valid&maxResultCount=1000");
        var revokedByA = await hallA.PostRawAsync(revoke, new RevokeCertificateInput("原大厅"));
        var (expiringAfterA, expiringAfterB) = (await ExpiringAsync(hallA), await ExpiringAsync(hallB));
        var listedByB = await hallB.GetAsync<PagedResult<CertificateDto>>(list);
        var revokedByB = await hallB.PostAsync<CertificateDto>(revoke, new RevokeCertificateInput("现大厅吊销"));

        beforeMove.ShouldBe((0, HttpStatusCode.NotFound));
        listedByA.TotalCount.ShouldBe(0);
        everythingOfA.Items.ShouldNotContain(c => c.Id == certificate.Id);
        revokedByA.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiClient.ProblemAsync(revokedByA)).GetProperty("code").GetString().ShouldBe(CommonErrorCodes.NotFound);
        expiringAfterA.ShouldBe(expiringA - 1);
        expiringAfterB.ShouldBe(expiringB + 1);
        listedByB.Items.Single().Id.ShouldBe(certificate.Id);
        (revokedByB.Status, revokedByB.RevokedReason).ShouldBe((CertificateStatus.Revoked, "现大厅吊销"));
    }

    private async Task<ApiClient> SignInAsync(string userName)
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(userName);
        return client;
    }

    /// <summary>A new person of the hall made one of its managers, signed in (the one-time password changed).</summary>
    private async Task<ApiClient> NewManagerAsync(ApiClient admin, Guid hallId)
    {
        var number = $"M{Random.Shared.Next(1000000, 9999999)}";
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff", new SaveStaffInput(number, "大厅负责人", null, StaffKind.Own, null, hallId, null));
        var managers = await admin.GetAsync<List<PersonRefDto>>($"/api/organization/halls/{hallId}/managers");
        await admin.PutAsync<List<PersonRefDto>>($"/api/organization/halls/{hallId}/managers", new SetLeadsInput([.. managers.Select(m => m.Id), created.Staff.Id]));
        var client = _app.CreateApiClient();
        await client.LoginAsync(number, created.InitialPassword!);
        (await client.PostRawAsync("/api/account/change-password", new ChangePasswordInput(created.InitialPassword!, "newpass123")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return client;
    }

    private static async Task<int> ExpiringAsync(ApiClient client) =>
        (await client.GetAsync<HomeDto>("/api/home")).Items.FirstOrDefault(i => i.Key == "learning.certificatesExpiring")?.Count ?? 0;

    /// <summary>The certificates whose original number starts with the prefix, with everything an import could change.</summary>
    private Task<string> CertificatesAsync(string prefix) => _app.WithScopeAsync(async sp =>
        string.Join(";", (await sp.GetRequiredService<LearningDbContext>().Certificates.AsNoTracking()
                .Where(c => c.OriginalNumber!.StartsWith(prefix)).OrderBy(c => c.OriginalNumber).ToListAsync())
            .Select(c => $"{c.OriginalNumber},{c.StaffId},{c.HallId},{c.HolderName},{c.Kind},{c.Title},{c.IssuedOn},{c.ExpiresOn},{c.ModifiedAt}")));

    [Fact]
    public async Task Should_report_an_expired_certificate()
    {
        var (_, _, _) = await ImportAsync([Demo.Lead, "岗前", null, "{p}-1", "2020-01-01", "2022-12-31"]);
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        var expired = await admin.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={await _app.StaffIdAsync(Demo.Lead)}&status=Expired");

        expired.Items.ShouldContain(c => c.ExpiresOn == new DateOnly(2022, 12, 31) && c.Status == CertificateStatus.Expired);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CertificateTests_Sqlite(SqliteAppFixture fixture) : CertificateTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class CertificateTests_PostgreSql(PostgreSqlAppFixture fixture) : CertificateTests(fixture);

public sealed class CertificateRuleTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("李", "*")]
    public void Should_mask_the_holders_name(string name, string masked) => Certificate.Mask(name).ShouldBe(masked);

    [Fact]
    public void Should_make_unique_readable_codes()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => Certificate.Imported(Guid.NewGuid(), Guid.NewGuid(), null, "张三", CertificateKind.PreJob,
            "岗前培训合格证", "N", new DateOnly(2025, 1, 1), null).Code).ToList();

        codes.Distinct().Count().ShouldBe(500);
        codes.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"));
    }
}
