using Training.Tests.Documents;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using Training.Unresolved;
using Training.Unresolved.Domain;
using static Training.Tests.Unresolved.UnresolvedFormsKit;

namespace Training.Tests.Unresolved;

/// <summary>
/// The monthly 问题清单表 (annex 2): a case still open when a month begins is carried into that month's list and marked 是
/// (and 处理中 while it stays open at the month's end), into every month until the one it closes in; a case closed in its
/// own month is not carried; the list is the caller's — a unit's lead sees its unit's lines with the complainant 已隐去.
/// The same lines come as JSON, as the .xlsx export and as the PDF.
/// </summary>
public abstract class ProblemListTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_carry_an_open_case_into_the_next_months_list_marked_until_it_closes()
    {
        var (place, other) = await PlacesAsync();
        var carried = await _app.WriteCaseAsync(place, 901, new(2025, 11, 20, 10, 0, 0), "户籍迁入", c =>
        {
            c.Classify(CaseCategory.Complex, null, new DateOnly(2025, 11, 27), At(new(2025, 11, 20, 10, 30, 0), "巡导员"));
            c.RecordFirstReply("已告知诉求人正在协调", At(new(2025, 11, 20, 11, 0, 0)));
            c.RecordConference(["业务协调科", "效能督查科"], "容缺受理", At(new(2025, 12, 3, 10, 0, 0), "巡导员"));
            c.RecordFollowUp(true, "回访满意", new DateOnly(2026, 1, 7), At(new(2026, 1, 5, 10, 0, 0)), Guid.NewGuid());
        }, complainant: "钱多多", contact: "13911110901");
        var closedInItsMonth = await _app.WriteCaseAsync(place, 902, new(2025, 11, 10, 9, 0, 0), "税务注销", c =>
        {
            c.Classify(CaseCategory.General, null, new DateOnly(2025, 11, 17), At(new(2025, 11, 10, 9, 30, 0)));
            c.RecordWindowAnswer("当场办结", At(new(2025, 11, 10, 10, 0, 0)));
            c.RecordFollowUp(true, "满意", new DateOnly(2025, 11, 14), At(new(2025, 11, 12, 10, 0, 0)), Guid.NewGuid());
        });
        var notAccepted = await _app.WriteCaseAsync(place, 903, new(2025, 12, 5, 14, 0, 0), "民事纠纷",
            c => c.NotAccept(NotAcceptedReason.Litigation, "已告知通过诉讼途径解决", At(new(2025, 12, 5, 14, 20, 0)), Guid.NewGuid()));
        var otherUnits = await _app.WriteCaseAsync(other, 904, new(2025, 12, 8, 9, 0, 0), "医保异地备案");
        var manager = await _app.SignInAsync(Demo.Manager);

        var december = await ListAsync(manager, place.HallId, 2025, 12);
        var line = december.Lines.Single(l => l.CaseId == carried.Id);
        line.ShouldSatisfyAllConditions(l => l.CarriedOver.ShouldBeTrue(), l => l.InProgress.ShouldBeTrue(), l => l.ComplainantName.ShouldBe("钱多多"),
            l => l.Handling.ShouldContain("12月3日 一事一议（业务协调科、效能督查科）：容缺受理"), l => l.Handling.ShouldNotContain("回访"));
        december.Lines.Single(l => l.CaseId == notAccepted.Id).ShouldSatisfyAllConditions(l => l.CarriedOver.ShouldBeFalse(),
            l => l.InProgress.ShouldBeFalse(), l => l.Basis.ShouldBe("不予受理（涉诉）"));
        december.Lines.ShouldContain(l => l.CaseId == otherUnits.Id);
        december.Lines.ShouldNotContain(l => l.CaseId == closedInItsMonth.Id);
        december.Lines.Select(l => l.Serial).ShouldBe(Enumerable.Range(1, december.Lines.Count));

        var january = await ListAsync(manager, place.HallId, 2026, 1);
        january.Lines.Single(l => l.CaseId == carried.Id).ShouldSatisfyAllConditions(l => l.CarriedOver.ShouldBeTrue(), l => l.InProgress.ShouldBeFalse(),
            l => l.Handling.ShouldContain("1月5日 跟踪回访满意：回访满意"));
        (await ListAsync(manager, place.HallId, 2026, 2)).Lines.ShouldNotContain(l => l.CaseId == carried.Id);
        (await ListAsync(manager, place.HallId, 2025, 11)).Lines.Where(l => l.CaseId == carried.Id || l.CaseId == closedInItsMonth.Id)
            .ShouldAllBe(l => !l.CarriedOver);

        var query = $"hallId={place.HallId}&year=2025&month=12";
        var sheet = XlsxText(await manager.Http.GetByteArrayAsync($"{Api}/problem-list/export?{query}"));
        sheet.ShouldContain(carried.Number);
        sheet.ShouldContain("是");
        sheet.ShouldContain("13911110901");
        sheet.ShouldContain("（本周期内未办结的诉求请在下个周期补充填写）");
        sheet.ShouldNotContain(closedInItsMonth.Number);

        var pdf = await manager.Http.GetByteArrayAsync($"{Api}/problem-list/pdf?{query}");
        var text = Compact(PdfTools.ToText(pdf));
        text.ShouldContain("“办不成事”问题清单表");
        text.ShouldContain(carried.Number);
        text.ShouldContain("处理中");
        text.ShouldNotContain(closedInItsMonth.Number);
        (await manager.Http.GetByteArrayAsync($"{Api}/problem-list/pdf?{query}")).ShouldBe(pdf); // a past month prints the same bytes
    }

    [Fact]
    public async Task Should_give_a_units_lead_its_units_lines_with_the_complainant_hidden()
    {
        var (place, other) = await PlacesAsync();
        var own = await _app.WriteCaseAsync(place, 911, new(2025, 10, 9, 9, 0, 0), "公积金提取", complainant: "孙保密", contact: "13911110911");
        var foreign = await _app.WriteCaseAsync(other, 912, new(2025, 10, 9, 10, 0, 0), "医保异地备案");
        var lead = await _app.SignInAsync(Demo.Lead);

        var list = await ListAsync(lead, place.HallId, 2025, 10);

        list.Lines.ShouldNotContain(l => l.CaseId == foreign.Id);
        list.Lines.Single(l => l.CaseId == own.Id).ShouldSatisfyAllConditions(l => l.ComplainantHidden.ShouldBeTrue(),
            l => l.ComplainantName.ShouldBe(UnresolvedConsts.HiddenZh), l => l.ComplainantContact.ShouldBe(UnresolvedConsts.HiddenZh));
        var query = $"hallId={place.HallId}&year=2025&month=10";
        var sheet = XlsxText(await lead.Http.GetByteArrayAsync($"{Api}/problem-list/export?{query}"));
        sheet.ShouldContain(own.Number);
        sheet.ShouldNotContain("孙保密");
        sheet.ShouldNotContain("13911110911");
        var pdf = Compact(PdfTools.ToText(await lead.Http.GetByteArrayAsync($"{Api}/problem-list/pdf?{query}")));
        pdf.ShouldContain(own.Number);
        pdf.ShouldContain(UnresolvedConsts.HiddenZh);
        pdf.ShouldNotContain("13911110911");
    }

    private async Task<(Unit Place, Unit Other)> PlacesAsync()
    {
        var staff = await _app.PlaceOfAsync(Demo.Staff); // 综合受理窗口 of SZX, led by S0002
        var other = await _app.PlaceOfAsync("S0019");     // another unit of SZX
        return (new Unit(staff.HallId, "SZX", staff.UnitId, null, staff.WindowId), new Unit(other.HallId, "SZX", other.UnitId, null, other.WindowId));
    }

    private static Task<ProblemListDto> ListAsync(ApiClient client, Guid hallId, int year, int month) =>
        client.GetAsync<ProblemListDto>($"{Api}/problem-list?hallId={hallId}&year={year}&month={month}");
}

[Collection(SqliteCollection.Name)]
public sealed class ProblemListTests_Sqlite(SqliteAppFixture fixture) : ProblemListTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ProblemListTests_PostgreSql(PostgreSqlAppFixture fixture) : ProblemListTests(fixture);
