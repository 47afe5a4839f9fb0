namespace Training.SharedKernel.Data;

/// <summary>
/// Seeds a module's data after migration. Runs on every start, so it must be idempotent. <see cref="SeedOptions.Demo"/>
/// adds the demo halls, people and accounts a newcomer needs to see a living system.
/// </summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first (Identity's roles before Organization's demo people).</summary>
    int Order { get; }

    Task SeedAsync(SeedOptions options, CancellationToken cancellationToken);
}

public sealed record SeedOptions(bool Demo, string? AdminPassword, string DemoPassword = SeedOptions.DefaultDemoPassword)
{
    public const string DefaultDemoPassword = "Demo@2026";
}
