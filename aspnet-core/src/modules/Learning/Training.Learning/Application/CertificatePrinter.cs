using Microsoft.EntityFrameworkCore;
using Training.Documents;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;

namespace Training.Learning.Application;

/// <summary>
/// A certificate as a one-page A4 PDF its holder downloads and prints (and a manager, within scope): the hall's header,
/// the holder, what was passed and when, the validity, and the verification code with its URL as a QR code, so whoever
/// is shown the paper can check it on the public page. Not a bulletin: no series number, nothing published; the same
/// certificate prints the same bytes.
/// </summary>
internal sealed class CertificatePrinter(
    LearningDbContext db, IDataScopeProvider scopes, ICurrentUser currentUser, IStaffIntegrationService staff, IStructureIntegrationService structure,
    ISettingProvider settings, DocumentRenderer renderer)
{
    public async Task<(string FileName, byte[] Pdf)> MineAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = (await currentUser.GetAccountAsync(cancellationToken)).StaffId;
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.StaffId == me, cancellationToken)
                          ?? throw new EntityNotFoundException("Certificate", id);
        return await PrintAsync(certificate, cancellationToken);
    }

    public async Task<(string FileName, byte[] Pdf)> InScopeAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certificate is null) throw new EntityNotFoundException("Certificate", id);
        if (scope.Kind != ScopeKind.All && !(await staff.GetIdsInScopeAsync(scope, cancellationToken)).Contains(certificate.StaffId))
            throw new EntityNotFoundException("Certificate", id);
        return await PrintAsync(certificate, cancellationToken);
    }

    private async Task<(string FileName, byte[] Pdf)> PrintAsync(Certificate c, CancellationToken cancellationToken)
    {
        if (c.RevokedAt is not null) throw new BusinessException(LearningErrorCodes.CertificateNotPrintable) { Kind = ErrorKind.Conflict };
        var hall = (await structure.GetHallsAsync([c.HallId], cancellationToken)).SingleOrDefault()?.Name ?? "";
        var url = DocumentSettings.VerificationUrl(await settings.GetAsync(DocumentSettings.PublicBaseUrl, cancellationToken: cancellationToken), c.Code);
        var document = Compose(c, hall, url);
        using var output = new MemoryStream();
        renderer.Render(document, output);
        return ($"{c.Title}-{c.HolderName}.pdf", output.ToArray());
    }

    internal static DocumentBuilder Compose(Certificate c, string hallName, string verificationUrl)
    {
        var validity = c.ExpiresOn is { } until ? $"有效期至 {until:yyyy年M月d日}。" : "长期有效。";
        var what = c.Kind == CertificateKind.PreJob ? "岗前培训，经考核合格，准予上岗" : $"“{c.Title}”课程学习，经考核合格";
        return new DocumentBuilder()
            .Info(c.Title, subject: "certificate", author: hallName)
            .OfficialHeader(hallName, null, c.IssuedOn)
            .Title(c.Title)
            .Spacer(24)
            .Paragraph($"{c.HolderName}同志：")
            .Paragraph($"你已完成{hallName}组织的{what}。特发此证。")
            .Paragraph($"发证日期 {c.IssuedOn:yyyy年M月d日}，{validity}")
            .Paragraph(c.OriginalNumber is { } number ? $"原证书编号 {number}。" : $"证书核验码 {c.Code}。")
            .Spacer(24)
            .QrCode(verificationUrl, 96, $"扫码或访问 {verificationUrl} 核验真伪")
            .Footer($"核验码 {c.Code}", verificationUrl);
    }
}
