using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization.EntityFrameworkCore;
using Training.Platform.EntityFrameworkCore;
using Training.Tests.Documents;
using Training.Tests.Infrastructure;
using Training.Tests.Supervision;
using Training.Unresolved;
using static Training.Tests.Unresolved.UnresolvedFormsKit;

namespace Training.Tests.Unresolved;

/// <summary>
/// The confidentiality walk (转办单: 任何人不得将举报人的姓名及其联系方式泄漏给被举报单位): two cases against a stationed
/// unit of SZX by a complainant with a name and phone found nowhere else, taken through intake, transfer (one to the
/// unit's own department, through 效能督查科; one to another department), the liaisons' answers, an unsatisfied follow-up
/// and the escalation's answer. Then every GET route under /api/unresolved/ in the OpenAPI document is asked as the lead
/// of that unit, filled with the cases' ids: no answer — JSON, a workbook's cells, a PDF's text — holds the name or the
/// phone, and the list, the detail and the transfer slip answer with the case (visible and masked, not just hidden). A
/// new route falls under the walk by itself: the test fails for one it cannot fill unless it is exempt with the reason.
/// Also: no inbox message anyone got names the complainant; the complained department's liaison sees 已隐去, the
/// other receiver's liaison sees the contact.
/// </summary>
public abstract class ConfidentialityWalkTests(AppFixture fixture)
{
    private const string Prefix = Api + "/";

    /// <summary>Routes the walk does not fill, each with why its answer cannot carry the complainant.</summary>
    private static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["/api/unresolved/cases/{id}/attachments/{fileId}"] = "a file a receiver uploaded with its answer, returned as uploaded (the module writes nothing into it)",
        ["/api/unresolved/transfers/{id}/attachments/{fileId}"] = "a file a receiver uploaded with its answer, returned as uploaded (the module writes nothing into it)",
    };

    /// <summary>The routes that must answer the complained unit's lead with the case (and the complainant 已隐去).</summary>
    private static readonly string[] MustShowTheCase =
        ["/api/unresolved/cases", "/api/unresolved/cases/{id}", "/api/unresolved/cases/{id}/transfers/{transferId}/slip"];

    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_never_show_the_complainant_to_the_unit_complained_about_on_any_route()
    {
        var world = await ArrangeAsync();
        var lead = await _app.SignInAsync(world.LeadUserName);
        var today = world.Today;
        var document = JsonDocument.Parse(await _app.CreateApiClient().Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var routes = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith(Prefix, StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _)).ToList();
        routes.ShouldNotBeEmpty();
        var ids = new Dictionary<string, Guid>
        {
            ["cases"] = world.ViaSection.CaseId, ["transfers"] = world.ViaSection.TransferId, ["receivers"] = world.ComplainedReceiverId,
            ["transferId"] = world.ViaSection.TransferId,
        };

        var unchecked_ = new List<string>();
        var answered = new Dictionary<string, string>();
        foreach (var route in routes)
        {
            if (Exempt.ContainsKey(route.Name)) continue;
            var query = Query(route.Value.GetProperty("get"), world.HallId, today);
            var path = Fill(route.Name, ids);
            if (query is null || path is null) { unchecked_.Add($"{route.Name}: a parameter the walk cannot fill"); continue; }
            var response = await lead.Http.GetAsync(path + query);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound) continue;
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{route.Name} answered {response.StatusCode}");
            var text = await TextAsync(response);
            text.ShouldNotContain(world.Name, customMessage: $"{route.Name} showed the complainant's name");
            text.ShouldNotContain(world.Phone, customMessage: $"{route.Name} showed the complainant's phone");
            Compact(text).ShouldNotContain(world.Name, customMessage: $"{route.Name} showed the complainant's name");
            answered[route.Name] = text;
        }

        unchecked_.ShouldBeEmpty("GET routes neither walked nor exempt with a reason");
        foreach (var route in MustShowTheCase)
        {
            answered.ShouldContainKey(route, $"{route} must answer the unit complained about with its case");
            answered[route].ShouldContain(world.ViaSection.Number);
            answered[route].ShouldContain(UnresolvedConsts.HiddenZh);
        }
    }

    [Fact]
    public async Task Should_show_the_contact_to_the_other_receivers_liaison_only_and_name_nobody_in_the_inbox()
    {
        var world = await ArrangeAsync();
        var complained = await _app.SignInAsync(world.ComplainedLiaison);
        var other = await _app.SignInAsync(world.OtherLiaison);

        var hidden = await complained.GetAsync<TransferDetailDto>($"{Api}/transfers/{world.ViaSection.TransferId}");
        hidden.Transfer.ShouldSatisfyAllConditions(t => t.ComplainantHidden.ShouldBeTrue(), t => t.ComplainantName.ShouldBe(UnresolvedConsts.HiddenZh),
            t => t.ComplainantContact.ShouldBe(UnresolvedConsts.HiddenZh));
        hidden.ViaEfficiencySection.ShouldBeTrue();
        var inbox = await complained.Http.GetStringAsync($"{Api}/transfers?skipCount=0&maxResultCount=50");
        JsonText(inbox).ShouldNotContain(world.Phone);
        var slip = PdfTools.ToText(await complained.Http.GetByteArrayAsync($"{Api}/transfers/{world.ViaSection.TransferId}/slip"));
        slip.ShouldContain(UnresolvedConsts.HiddenZh);
        slip.ShouldNotContain(world.Phone);
        Compact(slip).ShouldContain("经效能督查科转办，诉求人信息已隐去。");
        (await complained.Http.GetAsync($"{Api}/transfers/{world.Direct.TransferId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var shown = await other.GetAsync<TransferDetailDto>($"{Api}/transfers/{world.Direct.TransferId}");
        shown.Transfer.ShouldSatisfyAllConditions(t => t.ComplainantHidden.ShouldBeFalse(), t => t.ComplainantName.ShouldBe(world.Name),
            t => t.ComplainantContact.ShouldBe(world.Phone));
        var otherSlip = Compact(PdfTools.ToText(await other.Http.GetByteArrayAsync($"{Api}/transfers/{world.Direct.TransferId}/slip")));
        otherSlip.ShouldContain(world.Phone);
        otherSlip.ShouldContain(Compact("注：任何人不得将举报人的姓名及其联系方式泄漏给被举报单位，违者后果自负。"));

        var notices = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .Select(n => n.TitleZhHans + "\n" + n.TitleEn + "\n" + n.BodyZhHans + "\n" + n.BodyEn).ToListAsync());
        notices.ShouldNotBeEmpty();
        notices.ShouldAllBe(n => !n.Contains(world.Name) && !n.Contains(world.Phone), "an inbox message named the complainant");
    }

    [Fact]
    public async Task Should_print_the_forms_with_the_complainant_for_the_hall_the_same_bytes_each_time()
    {
        var world = await ArrangeAsync();
        var manager = await _app.SignInAsync(Demo.Manager);

        var form = await manager.Http.GetByteArrayAsync($"{Api}/cases/{world.Direct.CaseId}/registration-form");
        var text = Compact(PdfTools.ToText(form));
        foreach (var expected in new[] { "“办不成事”事项登记表", $"编号：{world.Direct.Number}", world.Name, world.Phone, "反映情况记录", "责任窗口（单位）",
                     "其他承办单位（保密测试）", "回访不满意", "效能督查科答复" })
            text.ShouldContain(Compact(expected));
        (await manager.Http.GetByteArrayAsync($"{Api}/cases/{world.Direct.CaseId}/registration-form")).ShouldBe(form);

        var slip = Compact(PdfTools.ToText(await manager.Http.GetByteArrayAsync(
            $"{Api}/cases/{world.ViaSection.CaseId}/transfers/{world.ViaSection.TransferId}/slip")));
        slip.ShouldContain("被反映单位（保密测试）");
        slip.ShouldContain(UnresolvedConsts.HiddenZh); // the slip of a transfer to the unit complained about, whoever prints it
        slip.ShouldNotContain(world.Phone);
        (await manager.Http.GetAsync($"{Api}/cases/{world.Direct.CaseId}/transfers/{world.ViaSection.TransferId}/slip")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record Transferred(Guid CaseId, string Number, Guid TransferId);

    private sealed record World(
        Guid HallId, DateOnly Today, string LeadUserName, string Name, string Phone, Guid ComplainedReceiverId, string ComplainedLiaison,
        string OtherLiaison, Transferred ViaSection, Transferred Direct);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TrainingApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> ArrangeAsync() => Worlds.GetOrAdd(_app, _ => new Lazy<Task<World>>(BuildAsync)).Value;

    /// <summary>
    /// The unit (a stationed department's unit of SZX) and its lead; two receivers — that department, and another one —
    /// each with a liaison of GXQ; the manager (效能督查科) handles both cases; the liaisons answer; the direct one is
    /// followed up unsatisfied and answered by 效能督查科, so every kind of message is sent.
    /// </summary>
    private async Task<World> BuildAsync()
    {
        const string name = "司徒保密", phone = "13987650015";
        var unit = await _app.UnitAsync("SZX", ofDepartment: true);
        var leadUserName = await _app.LeadOfAsync(unit.UnitId);
        var (complainedLiaison, otherLiaison, otherDepartment) = await _app.WithScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrganizationDbContext>();
            var gxq = await org.Halls.Where(h => h.Code == "GXQ").Select(h => h.Id).SingleAsync();
            var leads = org.UnitLeads.Select(l => l.StaffId);
            var managers = org.HallManagers.Select(m => m.StaffId);
            var plain = await org.Staff.Where(s => s.HallId == gxq && s.UserId != null && !leads.Contains(s.Id) && !managers.Contains(s.Id))
                // The demo's own people (S0001 …): tests sharing this app add people of their own (H…, M…, T…) with other passwords.
                .Where(s => s.StaffNumber.StartsWith("S") && s.StaffNumber.Length == 5)
                .OrderBy(s => s.StaffNumber).Select(s => s.StaffNumber).Take(2).ToListAsync();
            var department = await org.Departments.Where(d => d.Id != unit.DepartmentId).OrderBy(d => d.Name).Select(d => d.Id).FirstAsync();
            return (plain[0], plain[1], department);
        });
        var manager = await _app.SignInAsync(Demo.Manager);
        var complainedReceiver = await manager.PostAsync<ReceiverDto>($"{Api}/receivers", new SaveReceiverInput(ReceiverKind.Department,
            "被反映单位（保密测试）", unit.DepartmentId, null, true, [new LiaisonInput(complainedLiaison, "被反映单位联络员", "0512-00000001")], 0));
        var otherReceiver = await manager.PostAsync<ReceiverDto>($"{Api}/receivers", new SaveReceiverInput(ReceiverKind.Department,
            "其他承办单位（保密测试）", otherDepartment, null, true, [new LiaisonInput(otherLiaison, "其他单位联络员", "0512-00000002")], 0));
        var desk = await _app.SignInAsync(Demo.Staff);

        async Task<UnresolvedCaseDetailDto> IntakeAsync(string matter) => await desk.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases", new CreateCaseInput(unit.HallId,
            ComplainantKind.Person, name, phone, null, IntakeChannel.Window, matter, unit.UnitId, unit.WindowId, "事项未进驻中心，窗口让去部门办理", null, null));
        async Task<Transferred> TransferAsync(UnresolvedCaseDetailDto intake, Guid receiverId)
        {
            var classified = await manager.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{intake.Case.Id}/classify",
                new ClassifyCaseInput(intake.Case.Version, CaseCategory.NotStationed, "未进驻事项"));
            var transferred = await manager.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{intake.Case.Id}/transfer",
                new TransferCaseInput(classified.Case.Version, receiverId, "请联系诉求人"));
            return new Transferred(intake.Case.Id, intake.Case.Number, transferred.Transfers.Single().Id);
        }
        var viaSection = await TransferAsync(await IntakeAsync("建设工程规划许可（转被反映单位）"), complainedReceiver.Id);
        var direct = await TransferAsync(await IntakeAsync("建设工程规划许可（转其他单位）"), otherReceiver.Id);

        async Task AnswerAsync(string liaison, Transferred t)
        {
            var client = await _app.SignInAsync(liaison);
            var detail = await client.GetAsync<TransferDetailDto>($"{Api}/transfers/{t.TransferId}");
            var form = new MultipartFormDataContent
            {
                { new StringContent("已联系诉求人，正在协调办理"), "text" },
                { new StringContent(detail.CaseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
            };
            await client.PostMultipartAsync<TransferDetailDto>($"{Api}/transfers/{t.TransferId}/answer", form);
        }
        await AnswerAsync(complainedLiaison, viaSection);
        await AnswerAsync(otherLiaison, direct);
        var answered = await manager.GetAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{direct.CaseId}");
        var escalated = await manager.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{direct.CaseId}/follow-up",
            new FollowUpInput(answered.Case.Version, false, "诉求人对答复不满意"));
        await manager.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{direct.CaseId}/escalation-answer",
            new EscalationAnswerInput(escalated.Case.Version, CaseOutcome.Resolved, "效能督查科会同部门已回应"));

        var today = Training.SharedKernel.Time.BusinessDates.Today(TimeProvider.System);
        return new World(unit.HallId, today, leadUserName, name, phone, complainedReceiver.Id, complainedLiaison, otherLiaison, viaSection, direct);
    }

    /// <summary>The path with each {parameter} filled: by its name when known (transferId), else by the route's area (cases, transfers …).</summary>
    private static string? Fill(string route, Dictionary<string, Guid> ids)
    {
        var area = route[Prefix.Length..].Split('/')[0];
        var missing = false;
        var path = System.Text.RegularExpressions.Regex.Replace(route, "\\{([^}]+)\\}", m =>
        {
            var key = m.Groups[1].Value == "id" ? area : m.Groups[1].Value;
            if (ids.TryGetValue(key, out var id)) return id.ToString();
            missing = true;
            return m.Value;
        });
        return missing ? null : path;
    }

    /// <summary>The query string with every required parameter filled (the hall, this month), or null if one cannot be.</summary>
    private static string? Query(JsonElement operation, Guid hallId, DateOnly today)
    {
        if (!operation.TryGetProperty("parameters", out var parameters)) return "";
        var pairs = new List<string>();
        foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"
                     && p.TryGetProperty("required", out var r) && r.GetBoolean()))
        {
            var name = p.GetProperty("name").GetString()!;
            string? value = name.ToLowerInvariant() switch
            {
                "from" => new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd"),
                "to" => today.ToString("yyyy-MM-dd"),
                "hallid" => hallId.ToString(),
                "year" => today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "month" => today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is null) return null;
            pairs.Add($"{name}={value}");
        }
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    /// <summary>What a reader of the answer sees: the strings of JSON, the cells of a workbook, the text of a PDF.</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return type switch
        {
            "application/pdf" => PdfTools.ToText(bytes),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => XlsxText(bytes),
            _ when type.Contains("json", StringComparison.Ordinal) => JsonText(System.Text.Encoding.UTF8.GetString(bytes)),
            _ => throw new ShouldAssertException($"an answer of type '{type}' the walk cannot read"),
        };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConfidentialityWalkTests_Sqlite(SqliteAppFixture fixture) : ConfidentialityWalkTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ConfidentialityWalkTests_PostgreSql(PostgreSqlAppFixture fixture) : ConfidentialityWalkTests(fixture);
