using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Training.Identity.Application;
using Training.Identity.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Identity;

/// <summary>The Data Protection keys (they sign the cookies) are encrypted in the database with a certificate.</summary>
public abstract class DataProtectionTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_keep_no_plaintext_key_material_in_the_database()
    {
        await _app.CreateApiClient().LoginAsync(Demo.Staff); // the cookie needs a key

        var rows = await _app.WithScopeAsync(sp => sp.GetRequiredService<IdentityModuleDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync());

        rows.ShouldNotBeEmpty();
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(TestCertificate.Path, TestCertificate.Password);
        rows.ShouldAllBe(k => k.Xml!.Contains("<encryptedSecret") && k.Xml.Contains("EncryptedData")
                              && !k.Xml.Contains("<masterKey") && !k.Xml.Contains("requiresEncryption"));
        rows.ShouldAllBe(k => k.Xml!.Contains(Convert.ToBase64String(certificate.RawData))); // encrypted for the configured certificate
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DataProtectionTests_Sqlite(SqliteAppFixture fixture) : DataProtectionTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class DataProtectionTests_PostgreSql(PostgreSqlAppFixture fixture) : DataProtectionTests(fixture);

/// <summary>The embedded default: a certificate generated into App_Data at the first start, mode 600, reused afterwards.</summary>
public sealed class DataProtectionCertificateTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"training-dp-{Guid.NewGuid():N}");

    [Fact]
    public void Should_generate_a_certificate_into_app_data_once_readable_by_the_owner_only()
    {
        var first = Certificate();
        var second = Certificate();

        var file = Path.Combine(_contentRoot, "App_Data", DataProtectionCertificate.DefaultFileName);
        first.HasPrivateKey.ShouldBeTrue();
        second.Thumbprint.ShouldBe(first.Thumbprint);
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.GetFiles(Path.GetDirectoryName(file)!).ShouldBe([file]); // no temporary file left behind
    }

    [Fact]
    public async Task Should_give_hosts_starting_together_the_same_certificate()
    {
        var path = Path.Combine(_contentRoot, "App_Data", DataProtectionCertificate.DefaultFileName);

        var made = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => DataProtectionCertificate.GetOrCreate(path, null))));

        made.Count(m => m).ShouldBe(1);
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path]);
        Certificate().Thumbprint.ShouldBe(X509CertificateLoader.LoadPkcs12FromFile(path, null).Thumbprint);
    }

    private X509Certificate2 Certificate() =>
        DataProtectionCertificate.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [HostDefaults.ContentRootKey] = _contentRoot }).Build());

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot)) Directory.Delete(_contentRoot, recursive: true);
    }
}
