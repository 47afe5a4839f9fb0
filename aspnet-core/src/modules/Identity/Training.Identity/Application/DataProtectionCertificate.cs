using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Training.Identity.Application;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (they sign the sign-in and antiforgery cookies, and
/// they live in the database, so a backup alone must not be enough to forge a cookie). From configuration:
/// <c>DataProtection:CertificatePath</c> (+ <c>DataProtection:CertificatePassword</c>) for a PKCS#12 file, or
/// <c>DataProtection:CertificatePemPath</c> + <c>DataProtection:KeyPemPath</c> for a PEM pair. Every node of one
/// database needs the same certificate. Without configuration (the embedded default) one is generated at the first
/// start into <c>App_Data/dataprotection.pfx</c> under the content root (mode 600) and reused afterwards.
/// </summary>
internal static class DataProtectionCertificate
{
    public const string DefaultFileName = "dataprotection.pfx";
    private const string Subject = "CN=Training Data Protection";

    /// <summary>Loads (or, for the embedded default, makes) the certificate; read once, when the services are set up.</summary>
    public static X509Certificate2 Load(IConfiguration configuration)
    {
        var pem = configuration["DataProtection:CertificatePemPath"];
        if (!string.IsNullOrWhiteSpace(pem))
        {
            var key = configuration["DataProtection:KeyPemPath"];
            var fromPem = X509Certificate2.CreateFromPemFile(pem, string.IsNullOrWhiteSpace(key) ? null : key);
            return RequirePrivateKey(fromPem, pem);
        }
        var path = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
                throw new InvalidOperationException($"DataProtection:CertificatePath names {path}, which does not exist (README, Sign-in and sessions).");
            return RequirePrivateKey(LoadPfx(path, configuration["DataProtection:CertificatePassword"]), path);
        }
        var contentRoot = configuration[HostDefaults.ContentRootKey] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
        var generated = Path.Combine(contentRoot, "App_Data", DefaultFileName);
        GetOrCreate(generated, password: null);
        return LoadPfx(generated, null);
    }

    /// <summary>
    /// Makes a self-signed RSA certificate at <paramref name="path"/> unless a file is there already; true when made.
    /// The file is created with mode 600 and appears whole (written aside, then linked in place without replacing), so
    /// hosts starting at the same time all end up with the same certificate.
    /// </summary>
    internal static bool GetOrCreate(string path, string? password)
    {
        if (File.Exists(path)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(Subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100)); // the encryptor checks no dates
        var pfx = certificate.Export(X509ContentType.Pkcs12, password);

        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, options)) file.Write(pfx);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false; // another host made it first: use theirs
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static X509Certificate2 LoadPfx(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(password) ? null : password,
            OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet);

    private static X509Certificate2 RequirePrivateKey(X509Certificate2 certificate, string source) =>
        certificate.HasPrivateKey && certificate.GetRSAPublicKey() is not null
            ? certificate
            : throw new InvalidOperationException($"The Data Protection certificate {source} needs an RSA key with its private part.");
}
