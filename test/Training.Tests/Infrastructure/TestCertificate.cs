using Training.Identity.Application;

namespace Training.Tests.Infrastructure;

/// <summary>
/// The Data Protection certificate of every test app in this process (made by the product's own generator, with a
/// password, in the temporary directory; deleted when the process ends). Apps that share a database — the two nodes of
/// TwoNodeTests — must share it, like a province's nodes.
/// </summary>
public static class TestCertificate
{
    public const string Password = "test-only-password";

    private static readonly Lazy<string> File = new(() =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"training-test-dataprotection-{Environment.ProcessId}.pfx");
        System.IO.File.Delete(path); // a leftover of an earlier process with the same id
        DataProtectionCertificate.GetOrCreate(path, Password);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.Delete(path);
        return path;
    });

    public static string Path => File.Value;
}
