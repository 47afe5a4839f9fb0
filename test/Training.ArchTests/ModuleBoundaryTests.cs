using System.Reflection;

namespace Training.ArchTests;

/// <summary>Module boundaries of ARCHITECTURE.md; every rule has a known-bad case proving it can fail.</summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames => new(Modules.Names);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Should_reference_only_kernel_and_contracts_from_a_module(string module) =>
        Modules.ForbiddenModuleReferences(Modules.Implementation(module), module).ShouldBeEmpty();

    [Fact]
    public void Should_flag_a_known_bad_assembly_that_references_module_implementations() =>
        // Code written as Learning's that references Organization's implementation: the dependency the rule forbids.
        Modules.ForbiddenModuleReferences(Modules.KnownBad, "Learning").ShouldBe(["Training.Organization"]);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Should_use_no_type_of_another_module_implementation(string module) =>
        Modules.TypesUsingOtherModulesImplementation(Modules.Implementation(module), module).ShouldBeEmpty();

    [Fact]
    public void Should_flag_known_bad_types_that_use_another_module_implementation() =>
        Modules.TypesUsingOtherModulesImplementation(Modules.KnownBad, "Learning")
            .ShouldBe(["Training.ArchTests.KnownBad.LearningReadingOrganizationEntities"]);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Should_reference_only_the_kernel_from_contracts(string module) =>
        Modules.ForbiddenContractsReferences(Modules.Contracts(module)).ShouldBeEmpty();

    [Fact]
    public void Should_flag_known_bad_contracts_that_reference_an_implementation() =>
        Modules.ForbiddenContractsReferences(Modules.KnownBad).ShouldBe(["Training.Organization"]);

    [Fact]
    public void Should_keep_the_kernel_free_of_modules() =>
        Modules.TypesDependingOnModules(Assembly.Load("Training.SharedKernel")).ShouldBeEmpty();

    [Fact]
    public void Should_flag_known_bad_kernel_dependency() =>
        // The kernel rule applied to code that uses a module's types must fail.
        Modules.TypesDependingOnModules(Modules.KnownBad).ShouldBe(["Training.ArchTests.KnownBad.LearningReadingOrganizationEntities"]);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Should_read_spreadsheets_only_through_the_shared_import_reader(string module) =>
        Modules.TypesUsingTheSpreadsheetLibrary(Modules.Implementation(module)).ShouldBeEmpty();

    [Fact]
    public void Should_flag_a_known_bad_type_that_reads_a_spreadsheet_itself() =>
        Modules.TypesUsingTheSpreadsheetLibrary(Modules.KnownBad).ShouldBe(["Training.ArchTests.KnownBad.LearningReadingASpreadsheetDirectly"]);

    [Fact]
    public void Should_list_every_module_in_the_solution()
    {
        var root = FindRepositoryRoot();
        var onDisk = Directory.GetDirectories(Path.Combine(root, "aspnet-core", "src", "modules")).Select(Path.GetFileName).Order();
        onDisk.ShouldBe(Modules.Names.Order());
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Should_keep_module_implementation_types_internal_except_registration_and_model(string module)
    {
        // Other assemblies reach a module through its Contracts; public here is only what the host and the
        // migrations context must call (registration, model configuration, DbContext, entities the model maps).
        var publicTypes = Modules.Implementation(module).GetExportedTypes()
            .Where(t => t.Namespace?.EndsWith(".Application", StringComparison.Ordinal) == true
                        || t.Namespace?.EndsWith(".HttpApi", StringComparison.Ordinal) == true
                        || t.Namespace?.EndsWith(".Import", StringComparison.Ordinal) == true
                        || t.Namespace?.EndsWith(".Seeding", StringComparison.Ordinal) == true)
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(t => t.FullName).ToList();
        publicTypes.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Should_say_errors_by_kind_not_by_status_in_domain_and_application(string module) =>
        Modules.TypesAnsweringWithStatuses(Modules.Implementation(module), Modules.StatusFreeLayers).ShouldBeEmpty();

    [Fact]
    public void Should_flag_known_bad_types_that_answer_with_statuses()
    {
        // The same rule on the layer that does answer in HTTP terms (a module's endpoints, the kernel's problem writer).
        Modules.TypesAnsweringWithStatuses(Modules.Implementation("Identity"), ".HttpApi").ShouldNotBeEmpty();
        Modules.TypesAnsweringWithStatuses(Assembly.Load("Training.SharedKernel"), ".Http")
            .ShouldContain("Training.SharedKernel.Http.ProblemFactory");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Should_name_no_status_in_domain_and_application_source(string module)
    {
        // StatusCodes.* are constants copied into the caller, invisible to the type rule above: read the source too.
        var project = Path.Combine(FindRepositoryRoot(), "aspnet-core", "src", "modules", module, $"Training.{module}");
        Directory.Exists(project).ShouldBeTrue(project);
        Modules.StatusFreeLayers.SelectMany(layer => Modules.StatusLiteralsInSource(Path.Combine(project, layer.TrimStart('.'))))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Should_flag_known_bad_source_that_names_statuses()
    {
        var http = Path.Combine(FindRepositoryRoot(), "aspnet-core", "src", "Training.SharedKernel", "Http");
        Modules.StatusLiteralsInSource(http).ShouldContain(line => line.Contains("ProblemFactory.cs", StringComparison.Ordinal));
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Training.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Training.sln not found above the test folder.");
    }
}
