using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Identity.EntityFrameworkCore;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>The staff import: idempotent by natural keys, all-or-nothing with every bad row listed.</summary>
public abstract class StaffImportTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private static readonly string[] UnitHeader = ["中心编码", "单位编码", "单位名称", "单位类型", "所属部门"];
    private static readonly string[] WindowHeader = ["中心编码", "窗口编号", "窗口名称", "单位编码", "窗口类型"];
    private static readonly string[] StaffHeader = ["工号", "姓名", "人员类别", "派驻部门", "中心编码", "单位编码", "手机", "窗口编号"];

    private async Task<(ApiClient Admin, string Hall)> NewHallAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var code = $"T{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        await admin.PostAsync<HallDto>("/api/organization/halls", new SaveHallInput(code, $"导入测试中心{code}", HallKind.Township, null));
        return (admin, code);
    }

    private static byte[] ValidFile(string hall, string prefix, bool withPosts = false) => Xlsx.Build(
        ("单位", UnitHeader, [[hall, "SJ", "市场监管窗口", "进驻部门", "市市场监督管理局"], [hall, "ZH", "综合受理窗口", "中心自有", null]]),
        ("窗口", WindowHeader, [[hall, "A01", "企业开办窗口", "SJ", "综合受理窗口"], [hall, "A02", "绿色通道", "ZH", "绿色通道"]]),
        ("人员", StaffHeader,
        [
            [$"{prefix}1", "赵敏", "派驻", "市市场监督管理局", hall, "SJ", "13800000001", withPosts ? "A01" : null],
            [$"{prefix}2", "钱进", "在编", null, hall, "ZH", null, null],
            [$"{prefix}3", "孙丽", "编外", null, hall, null, "13800000003", withPosts ? "A02" : null],
        ]));

    [Fact]
    public async Task Should_import_then_change_nothing_when_the_same_file_comes_again()
    {
        var (admin, hall) = await NewHallAsync();
        var prefix = "I" + hall[1..6];
        var file = ValidFile(hall, prefix);

        var first = await (await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(file)))
            .Content.ReadFromJsonAsync<StaffImportResultDto>(ApiClient.Json);
        var stateAfterFirst = await SnapshotAsync(prefix);
        var second = await (await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(file)))
            .Content.ReadFromJsonAsync<StaffImportResultDto>(ApiClient.Json);

        first!.StaffCreated.ShouldBe(3);
        first.UnitsCreated.ShouldBe(2);
        first.WindowsCreated.ShouldBe(2);
        first.NewAccounts.Count.ShouldBe(3);
        first.NewAccounts.ShouldAllBe(a => a.InitialPassword.Length >= 8);
        (second!.UnitsCreated, second.UnitsUpdated, second.WindowsCreated, second.WindowsUpdated, second.StaffCreated, second.StaffUpdated)
            .ShouldBe((0, 0, 0, 0, 0, 0));
        second.Unchanged.ShouldBe(7);
        second.NewAccounts.ShouldBeEmpty();
        (await SnapshotAsync(prefix)).ShouldBe(stateAfterFirst);

        var person = _app.CreateApiClient();
        var me = await person.LoginAsync($"{prefix}1", first.NewAccounts.Single(a => a.StaffNumber == $"{prefix}1").InitialPassword);
        me.MustChangePassword.ShouldBeTrue();
    }

    /// <summary>
    /// Going live: people first, then their earlier certificates, then their windows. A window for someone without a
    /// valid pre-job certificate is a row error naming what is missing, and the file writes nothing.
    /// </summary>
    [Fact]
    public async Task Should_give_windows_by_import_only_to_people_with_a_pre_job_certificate()
    {
        var (admin, hall) = await NewHallAsync();
        var prefix = "W" + hall[1..6];
        await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(ValidFile(hall, prefix)));
        var before = await SnapshotAsync(prefix);
        await admin.GrantPreJobCertificatesAsync($"{prefix}1");

        var refused = await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(ValidFile(hall, prefix, withPosts: true)));
        var refusedRows = (await ApiClient.ProblemAsync(refused)).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("code").GetString(), r.GetProperty("message").GetString())).ToList();
        var afterRefusal = await SnapshotAsync(prefix);
        await admin.GrantPreJobCertificatesAsync($"{prefix}3");
        var accepted = await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(ValidFile(hall, prefix, withPosts: true)));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refusedRows.Count.ShouldBe(1);
        refusedRows[0].Item1.ShouldBe(4);
        refusedRows[0].Item2.ShouldBe(OrganizationErrorCodes.NotEligibleForWindow);
        refusedRows[0].Item3!.ShouldContain("尚未取得岗前培训合格证");
        afterRefusal.ShouldBe(before);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SnapshotAsync(prefix)).ShouldNotBe(before);
    }

    [Fact]
    public async Task Should_write_nothing_and_list_every_bad_row()
    {
        var (admin, hall) = await NewHallAsync();
        var prefix = "B" + hall[1..6];
        var file = Xlsx.Build(
            ("单位", UnitHeader, [[hall, "SJ", "市场监管窗口", "进驻部门", "市市场监督管理局"]]),
            ("人员", StaffHeader,
            [
                [$"{prefix}1", "正常", "在编", null, hall, "SJ", null, null],
                [$"{prefix}2", "", "在编", null, hall, null, null, null],
                [$"{prefix}3", "派驻无部门", "派驻", null, hall, null, null, null],
                [$"{prefix}4", "类别错", "临时工", null, hall, null, null, null],
                [$"{prefix}1", "重复工号", "在编", null, hall, null, null, null],
                [$"{prefix}6", "无此中心", "在编", null, "NOPE", null, null, null],
                [$"{prefix}7", "无此窗口", "在编", null, hall, null, null, "Z99"],
            ]));
        var before = await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Units.CountAsync());

        var response = await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(file));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ApiClient.ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("Common:ImportInvalid");
        var rows = problem.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("sheet").GetString(), r.GetProperty("row").GetInt32(), r.GetProperty("code").GetString())).ToList();
        rows.ShouldBe(
        [
            ("人员", 3, "Common:Required"),
            ("人员", 4, "Common:Required"),
            ("人员", 5, "Common:InvalidValue"),
            ("人员", 6, "Common:DuplicateInFile"),
            ("人员", 7, OrganizationErrorCodes.UnknownReference),
            ("人员", 8, OrganizationErrorCodes.UnknownReference),
        ]);
        (await SnapshotAsync(prefix)).ShouldBe("0/0");
        (await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Units.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Should_never_hand_an_existing_account_to_a_new_person()
    {
        var (admin, hall) = await NewHallAsync();
        var file = Xlsx.Build(("人员", StaffHeader, [["hr", "冒名", "在编", null, hall, null, null, null]]));

        var response = await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(file));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(Training.Identity.IdentityErrorCodes.UserNameTaken);
        (await SnapshotAsync("hr")).ShouldStartWith("0/"); // no person was written
        (await _app.CreateApiClient().LoginAsync(Demo.Hr)).StaffId.ShouldBeNull();
    }

    /// <summary>
    /// The import is the administrator's by default; should a hall manager be given it, their file reaches only their
    /// hall: another hall is as unknown as a hall that does not exist, and another hall's staff number is "taken" —
    /// neither moved nor renamed, and its holder's name is not told.
    /// </summary>
    [Fact]
    public async Task Should_hold_an_import_to_the_callers_halls()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var managerRole = (await admin.GetAsync<List<RoleDto>>("/api/identity/roles")).Single(r => r.Name == RoleNames.HallManager);
        var prefix = "H" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var otherHallPerson = await SnapshotAsync(Demo.OtherHallStaff);
        var file = Xlsx.Build(
            ("单位", UnitHeader, [["GXQ", "YQ", "越权单位", "中心自有", null]]),
            ("人员", StaffHeader,
            [
                [Demo.OtherHallStaff, "改名", "在编", null, "SZX", null, "13800000000", null],
                [$"{prefix}1", "新人", "在编", null, "GXQ", null, null, null],
                [$"{prefix}2", "新人", "在编", null, "NOPE", null, null, null],
            ]));
        HttpResponseMessage response;
        await admin.PutAsync<RoleDto>($"/api/identity/roles/{managerRole.Id}/permissions",
            new UpdateRolePermissionsInput([.. managerRole.Permissions, OrganizationPermissions.Staff.Import]));
        try
        {
            var manager = _app.CreateApiClient();
            await manager.LoginAsync(Demo.Manager);
            response = await manager.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(file));
        }
        finally
        {
            await admin.PutAsync<RoleDto>($"/api/identity/roles/{managerRole.Id}/permissions", new UpdateRolePermissionsInput(managerRole.Permissions));
        }

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rows = (await ApiClient.ProblemAsync(response)).GetProperty("rows").EnumerateArray()
            .Select(r => (Sheet: r.GetProperty("sheet").GetString(), Row: r.GetProperty("row").GetInt32(), Code: r.GetProperty("code").GetString(),
                Message: r.GetProperty("message").GetString()!)).ToList();
        rows.Select(r => (r.Sheet, r.Row, r.Code)).ShouldBe(
        [
            ("单位", 2, OrganizationErrorCodes.UnknownReference),
            ("人员", 2, OrganizationErrorCodes.StaffNumberTaken),
            ("人员", 3, OrganizationErrorCodes.UnknownReference),
            ("人员", 4, OrganizationErrorCodes.UnknownReference),
        ]);
        rows[2].Message.Replace("GXQ", "#").ShouldBe(rows[3].Message.Replace("NOPE", "#"));
        rows[1].Message.ShouldNotContain(otherHallPerson.Split(',')[1]); // the holder's name
        (await SnapshotAsync(Demo.OtherHallStaff)).ShouldBe(otherHallPerson);
        (await SnapshotAsync(prefix)).ShouldBe("0/0");
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_not_a_spreadsheet()
    {
        var (admin, _) = await NewHallAsync();
        var content = new MultipartFormDataContent { { new ByteArrayContent("工号,姓名\nS1,张三"u8.ToArray()), "file", "staff.xlsx" } };

        var response = await admin.Http.PostAsync("/api/organization/staff/import", content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("Common:FileTypeNotAllowed");
    }

    [Fact]
    public async Task Should_set_the_work_start_date_from_its_column_and_keep_it_when_the_cell_is_empty()
    {
        var (admin, hall) = await NewHallAsync();
        var prefix = "W" + hall[1..6];
        string[] header = [.. StaffHeader, "参加工作时间"];
        byte[] File(string? first, string? second) => Xlsx.Build(("人员", header,
        [
            [$"{prefix}1", "周明", "在编", null, hall, null, null, null, first],
            [$"{prefix}2", "吴芳", "编外", null, hall, null, null, null, second],
        ]));

        var created = await admin.PostMultipartAsync<StaffImportResultDto>("/api/organization/staff/import", Xlsx.Upload(File("2015-07-01", null)));
        var again = await admin.PostMultipartAsync<StaffImportResultDto>("/api/organization/staff/import", Xlsx.Upload(File("2015-07-01", null)));
        var emptied = await admin.PostMultipartAsync<StaffImportResultDto>("/api/organization/staff/import", Xlsx.Upload(File(null, "2019/9/1")));
        var future = await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(File("2999-01-01", null)));

        created.StaffCreated.ShouldBe(2);
        (again.StaffUpdated, again.Unchanged).ShouldBe((0, 2));
        (emptied.StaffUpdated, emptied.Unchanged).ShouldBe((1, 1));
        var dates = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<OrganizationDbContext>().Staff
            .Where(s => s.StaffNumber.StartsWith(prefix)).OrderBy(s => s.StaffNumber).Select(s => s.WorkStartDate).ToListAsync());
        dates.ShouldBe([new DateOnly(2015, 7, 1), new DateOnly(2019, 9, 1)]);
        future.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var row = (await ApiClient.ProblemAsync(future)).GetProperty("rows")[0];
        row.GetProperty("column").GetString().ShouldBe("参加工作时间");
        row.GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.WorkStartDateInFuture);
    }

    [Fact]
    public async Task Should_keep_the_work_start_date_of_the_staff_form_and_refuse_a_future_one()
    {
        var (admin, hall) = await NewHallAsync();
        var hallId = (await admin.GetAsync<List<HallDto>>("/api/organization/halls")).Single(h => h.Code == hall).Id;
        var input = new SaveStaffInput($"F{hall[1..8]}", "郑洁", null, StaffKind.Own, null, hallId, null, new DateOnly(2999, 1, 1));

        var refused = await admin.PostRawAsync("/api/organization/staff", input);
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff", input with { WorkStartDate = null });
        var updated = await admin.PutAsync<StaffDetailDto>($"/api/organization/staff/{created.Staff.Id}", input with { WorkStartDate = new DateOnly(2010, 8, 1) });

        (await ApiClient.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.WorkStartDateInFuture);
        created.Staff.WorkStartDate.ShouldBeNull();
        updated.WorkStartDate.ShouldBe(new DateOnly(2010, 8, 1));
        updated.ServiceYears.ShouldBe(ServiceYears.WholeYears(new DateOnly(2010, 8, 1), DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))));
        (await _app.WithScopeAsync(sp => sp.GetRequiredService<IStaffIntegrationService>().GetByIdsAsync([created.Staff.Id])))
            .Single().WorkStartDate.ShouldBe(new DateOnly(2010, 8, 1));
    }

    [Fact]
    public async Task Should_serve_a_template_with_its_examples_on_a_notes_sheet()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        var template = await admin.Http.GetAsync("/api/organization/staff/import/template");

        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        template.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("人员导入模板.xlsx");
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(await template.Content.ReadAsByteArrayAsync()));
        sheets.ShouldBe(["单位", "窗口", "人员", "说明"]); // the examples are on 说明, which the import never reads
    }

    /// <summary>Staff with that prefix and their accounts, as "staff/users" plus every field that an import writes.</summary>
    private Task<string> SnapshotAsync(string prefix) => _app.WithScopeAsync(async sp =>
    {
        var staff = await sp.GetRequiredService<OrganizationDbContext>().Staff.Include(s => s.Assignments)
            .Where(s => s.StaffNumber.StartsWith(prefix)).OrderBy(s => s.StaffNumber).ToListAsync();
        var users = await sp.GetRequiredService<IdentityModuleDbContext>().Users.CountAsync(u => u.UserName!.StartsWith(prefix));
        var detail = string.Join(";", staff.Select(s => $"{s.StaffNumber},{s.Name},{s.Kind},{s.UnitId},{s.CurrentWindowId},{s.Phone},{s.Assignments.Count},{s.ModifiedAt}"));
        return staff.Count == 0 ? $"0/{users}" : $"{staff.Count}/{users}|{detail}";
    });
}

[Collection(SqliteCollection.Name)]
public sealed class StaffImportTests_Sqlite(SqliteAppFixture fixture) : StaffImportTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class StaffImportTests_PostgreSql(PostgreSqlAppFixture fixture) : StaffImportTests(fixture);
