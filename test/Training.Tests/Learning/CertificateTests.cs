using System.Net;
using System.Net.Http.Json;
using Training.Learning;
using Training.Learning.Domain;
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
