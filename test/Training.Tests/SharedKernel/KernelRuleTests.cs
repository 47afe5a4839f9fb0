using Training.Identity.Domain;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Tests.SharedKernel;

/// <summary>Small rules of the kernel: scope, paging, sorting, files, spreadsheet cells, device keys.</summary>
public sealed class KernelRuleTests
{
    private static readonly Guid Hall = Guid.NewGuid(), OtherHall = Guid.NewGuid(), Unit = Guid.NewGuid(), Me = Guid.NewGuid();

    [Fact]
    public void Should_cover_records_by_scope_kind()
    {
        var halls = new DataScope(ScopeKind.Halls, Me, [], [Hall]);
        var units = new DataScope(ScopeKind.Units, Me, [Unit], []);
        var own = new DataScope(ScopeKind.Own, Me, [], []);

        halls.Covers(Hall, null, Guid.NewGuid()).ShouldBeTrue();
        halls.Covers(OtherHall, Unit, Guid.NewGuid()).ShouldBeFalse();
        halls.Covers(OtherHall, null, Me).ShouldBeTrue(); // one's own record, wherever it happened
        units.Covers(OtherHall, Unit, Guid.NewGuid()).ShouldBeTrue();
        units.Covers(Hall, Guid.NewGuid(), Guid.NewGuid()).ShouldBeFalse();
        own.Covers(Hall, Unit, Guid.NewGuid()).ShouldBeFalse();
        own.Covers(Hall, Unit, Me).ShouldBeTrue();
        DataScope.Nothing.Covers(Hall, Unit, Me).ShouldBeFalse();
        DataScope.Everything.CoversHall(OtherHall).ShouldBeTrue();
    }

    [Fact]
    public void Should_filter_in_the_query_by_scope()
    {
        var rows = new[] { (Hall: Hall, Unit: Unit, Staff: Me), (Hall: OtherHall, Unit: Guid.NewGuid(), Staff: Guid.NewGuid()) }.AsQueryable();

        var visible = rows.WhereInScope(new DataScope(ScopeKind.Units, null, [Unit], []), r => r.Hall, r => r.Unit, r => r.Staff).ToList();
        var none = rows.WhereInScope(new DataScope(ScopeKind.Own, null, [], []), r => r.Hall, r => r.Unit, r => r.Staff).ToList();

        visible.ShouldBe([rows.First()]);
        none.ShouldBeEmpty(); // an own-scope caller without a staff record sees nothing
    }

    [Theory]
    [InlineData(null, null, 0, 10)]
    [InlineData(-5, 0, 0, 10)]
    [InlineData(40, 5000, 40, PagedRequest.MaxMaxResultCount)]
    public void Should_clamp_the_page(int? skip, int? max, int expectedSkip, int expectedTake)
    {
        var request = new PagedRequest { SkipCount = skip, MaxResultCount = max };
        (request.Skip, request.Take).ShouldBe((expectedSkip, expectedTake));
    }

    [Fact]
    public void Should_sort_by_listed_fields_only()
    {
        var sort = new SortMap<(string Name, int Age)>("name asc").Add("name", p => p.Name).Add("age", p => p.Age);
        var people = new[] { ("b", 2), ("a", 2), ("c", 1) }.AsQueryable();

        sort.Apply(people, "age asc, name desc").ToList().ShouldBe([("c", 1), ("b", 2), ("a", 2)]);
        sort.Apply(people, null).First().ShouldBe(("a", 2));
        Should.Throw<BusinessException>(() => sort.Apply(people, "password asc")).Code.ShouldBe(CommonErrorCodes.InvalidSorting);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, FileKind.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, FileKind.Png)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, null)] // a zip signature alone is no package (see ImportReaderTests)
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    public void Should_detect_file_kinds_by_content(byte[] content, FileKind? expected) =>
        FileInspector.Detect(content).ShouldBe(expected);

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\temp\\考勤表 2026.xlsx", "考勤表 2026.xlsx")]
    [InlineData("a<b>|c?.pdf", "a_b__c_.pdf")]
    [InlineData("...", "file")]
    public void Should_sanitize_file_names(string input, string expected) => FileNames.Sanitize(input).ShouldBe(expected);

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("张三", "张三")]
    public void Should_neutralize_formula_leading_cells(string value, string expected) => Spreadsheet.Neutralize(value).ShouldBe(expected);

    [Fact]
    public void Should_keep_only_the_hash_of_a_device_key()
    {
        var (key, secret) = DeviceKey.Issue("一楼考勤机", null, DateTime.UtcNow, null);

        key.SecretHash.ShouldNotContain(secret[^20..]);
        key.Matches(secret).ShouldBeTrue();
        key.Matches(secret + "x").ShouldBeFalse();
        DeviceKey.PrefixOf(secret).ShouldBe(key.Prefix);
        DeviceKey.PrefixOf("not-a-key").ShouldBeNull();
    }
}
