namespace Training.ArchTests;

/// <summary>
/// The OpenAPI document names a schema by the bare type name, so two modules' contracts with the same name (Ratings'
/// and Unresolved's case detail once) silently become one schema and the web client gets the wrong shape.
/// </summary>
public sealed class ContractNameTests
{
    [Fact]
    public void Should_give_every_public_contract_type_a_name_of_its_own_across_modules() =>
        // Top-level types only: the nested permission and setting classes (RatingsPermissions.Cases …) are never schemas.
        SharedNames(Modules.Names.SelectMany(m => Modules.Contracts(m).GetExportedTypes()).Where(t => !t.IsNested)).ShouldBeEmpty();

    [Fact]
    public void Should_flag_two_contract_types_of_the_same_name() =>
        SharedNames([typeof(FirstModule.CaseDetailDto), typeof(SecondModule.CaseDetailDto), typeof(ContractNameTests)])
            .ShouldBe(["CaseDetailDto: Training.ArchTests.ContractNameTests+FirstModule+CaseDetailDto, Training.ArchTests.ContractNameTests+SecondModule+CaseDetailDto"]);

    /// <summary>Each name used by more than one type, with the types.</summary>
    public static IReadOnlyList<string> SharedNames(IEnumerable<Type> types) =>
        types.GroupBy(t => t.Name).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal).ToList();

    public static class FirstModule { public sealed record CaseDetailDto; }

    public static class SecondModule { public sealed record CaseDetailDto; }
}
