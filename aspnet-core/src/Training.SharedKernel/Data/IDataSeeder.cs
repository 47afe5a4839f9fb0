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

/// <param name="DemoAdminPassword">The demo administrator's: an administrator's password needs 12 characters (ASVS 6.2.1).</param>
public sealed record SeedOptions(
    bool Demo, string? AdminPassword, string DemoPassword = SeedOptions.DefaultDemoPassword,
    string DemoAdminPassword = SeedOptions.DefaultDemoAdminPassword)
{
    public const string DefaultDemoPassword = "Demo@2026";
    public const string DefaultDemoAdminPassword = "Demo@2026-admin";
}
