using System.Reflection;

namespace Training.ArchTests;

/// <summary>
/// The host reaches modules only through their descriptors (the one list in Modules.props) and their Contracts: it
/// names no module's jobs, services or DbContexts, so adding a module never edits the host.
/// </summary>
public sealed class CompositionTests
{
    /// <summary>Module implementation assemblies an assembly references directly.</summary>
    private static IReadOnlyList<string> ModuleImplementationsReferencedBy(Assembly assembly) =>
        Modules.ReferencedTrainingAssemblies(assembly).Where(name => Modules.Names.Any(m => name == $"Training.{m}")).ToList();

    [Fact]
    public void Should_keep_the_host_free_of_module_implementations() =>
        ModuleImplementationsReferencedBy(Assembly.Load("Training.HttpApi.Host")).ShouldBeEmpty();

    [Fact]
    public void Should_flag_a_known_bad_assembly_that_names_module_implementations() =>
        // The composition root's generated module list constructs every descriptor: as a "host" it breaks the rule.
        ModuleImplementationsReferencedBy(Assembly.Load("Training.EntityFrameworkCore")).ShouldBe(Modules.Names.Select(m => $"Training.{m}"), ignoreOrder: true);

    [Fact]
    public void Should_name_each_descriptor_after_its_module_folder() =>
        Training.EntityFrameworkCore.TrainingModules.All
            .ShouldAllBe(m => m.GetType().Assembly.GetName().Name == $"Training.{m.Name}" && m.GetType().Namespace == $"Training.{m.Name}");
}
