using System.Reflection;

namespace Training.ArchTests;

/// <summary>
/// The modules (the one list, aspnet-core/src/modules/Modules.props, as the host reads it) and their two assemblies
/// each; a test checks that no module folder is missing from the list.
/// </summary>
public static class Modules
{
    public static readonly string[] Names = Training.EntityFrameworkCore.TrainingModules.All.Select(m => m.Name).ToArray();

    public static Assembly Contracts(string module) => Assembly.Load($"Training.{module}.Contracts");

    public static Assembly Implementation(string module) => Assembly.Load($"Training.{module}");

    public static IEnumerable<string> ReferencedTrainingAssemblies(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Training.", StringComparison.Ordinal));

    /// <summary>
    /// The module rule as a function, so it can be shown to fail on a known-bad assembly: a module may reference only
    /// SharedKernel, Documents, its own Contracts and other modules' Contracts.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenModuleReferences(Assembly assembly, string ownModule) =>
        ReferencedTrainingAssemblies(assembly)
            .Where(name => name is not ("Training.SharedKernel" or "Training.Documents")
                           && !name.EndsWith(".Contracts", StringComparison.Ordinal)
                           && name != $"Training.{ownModule}.Contracts")
            .ToList();

    /// <summary>Contracts may reference SharedKernel only: never an implementation, never another module.</summary>
    public static IReadOnlyList<string> ForbiddenContractsReferences(Assembly assembly) =>
        ReferencedTrainingAssemblies(assembly).Where(name => name != "Training.SharedKernel").ToList();
}
