using Training.Learning;

namespace Training.Tests.Infrastructure;

/// <summary>
/// The window-post gate wants a valid pre-job certificate. Tests about assignments record an earlier one the way a
/// hall does for people already at windows: through the certificate import.
/// </summary>
public static class PreJobCertificates
{
    private static readonly string[] Header = ["工号", "证书类型", "证书名称", "原证书编号", "发证日期", "有效期至"];

    public static Task<CertificateImportResultDto> GrantPreJobCertificatesAsync(this ApiClient admin, params string[] staffNumbers) =>
        admin.ImportPreJobCertificatesAsync("2025-01-01", "2030-12-31", staffNumbers);

    /// <summary>Earlier certificates issued and expiring on the given days (an expired one, say), one per person.</summary>
    public static async Task<CertificateImportResultDto> ImportPreJobCertificatesAsync(this ApiClient admin, string issuedOn, string expiresOn,
        params string[] staffNumbers)
    {
        var file = Xlsx.Build(("证书", Header, staffNumbers
            .Select(n => new string?[] { n, "岗前", null, $"TEST-{n}-{issuedOn}", issuedOn, expiresOn }).ToArray()));
        return await admin.PostMultipartAsync<CertificateImportResultDto>("/api/learning/certificates/import", Xlsx.Upload(file));
    }
}
