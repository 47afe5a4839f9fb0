using System.Reflection;

namespace Training.ArchTests;

/// <summary>
/// Training.Documents is the PDF composer every module may print with: it knows no Training assembly (no kernel, no
/// module) and no database, so it stays a library with no domain in it.
/// </summary>
public sealed class DocumentsBoundaryTests
{
    /// <summary>The references the rule forbids: any Training assembly, any EF Core assembly.</summary>
    public static IReadOnlyList<string> ForbiddenDocumentsReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Training.", StringComparison.Ordinal) || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Should_keep_documents_free_of_training_assemblies_and_the_database() =>
        ForbiddenDocumentsReferences(Assembly.Load("Training.Documents")).ShouldBeEmpty();

    [Fact]
    public void Should_flag_a_known_bad_assembly_that_references_the_kernel_and_ef_core()
    {
        // A module implementation as if it were the composer: it references the kernel and EF Core, both forbidden here.
        var forbidden = ForbiddenDocumentsReferences(Modules.Implementation("Learning"));
        forbidden.ShouldContain("Training.SharedKernel");
        forbidden.ShouldContain(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
