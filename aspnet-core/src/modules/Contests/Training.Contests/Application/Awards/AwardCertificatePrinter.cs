using Microsoft.EntityFrameworkCore;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Documents;
using Training.Organization;
using Training.SharedKernel.Files;
using Training.SharedKernel.Settings;

namespace Training.Contests.Application.Awards;

/// <summary>
/// An award certificate as a one-page A4 PDF, laid out like Learning's certificates through Training.Documents: the
/// owner's header (the hall, or the city's service administration), the holder, the contest and the tier, and the
/// verification code with its URL as a QR code — checked on the public verification page. The same certificate prints
/// the same content.
/// </summary>
internal sealed class AwardCertificatePrinter(ContestsDbContext db, IStructureIntegrationService structure, ISettingProvider settings, DocumentRenderer renderer)
{
    public const string CityIssuer = "政务服务中心";

    public async Task<(string FileName, byte[] Pdf)> PrintAsync(AwardCertificate certificate, CancellationToken cancellationToken)
    {
        var award = await db.Awards.AsNoTracking().FirstAsync(a => a.Id == certificate.AwardId, cancellationToken);
        var contest = await db.Contests.AsNoTracking().FirstAsync(c => c.Id == certificate.ContestId, cancellationToken);
        var issuer = contest.OwnerHallId is { } hall
            ? (await structure.GetHallsAsync([hall], cancellationToken)).SingleOrDefault()?.Name ?? CityIssuer
            : CityIssuer;
        var url = DocumentSettings.VerificationUrl(await settings.GetAsync(DocumentSettings.PublicBaseUrl, cancellationToken: cancellationToken), certificate.Code);
        var tier = AwardTierNames.Zh(award.Tier!.Value);
        using var output = new MemoryStream();
        renderer.Render(Compose(contest.Title, tier, certificate, issuer, url), output);
        return ($"{contest.Title}-{tier}-{certificate.HolderName}.pdf", output.ToArray());
    }

    internal static DocumentBuilder Compose(string contestTitle, string tier, AwardCertificate c, string issuer, string verificationUrl) =>
        new DocumentBuilder()
            .Info($"{contestTitle} {tier}", subject: "award certificate", author: issuer)
            .OfficialHeader(issuer, null, c.IssuedOn)
            .Title("荣誉证书")
            .Spacer(24)
            .Paragraph($"{c.HolderName}同志：")
            .Paragraph($"你在{issuer}举办的“{contestTitle}”中荣获{tier}。特发此证，以资鼓励。")
            .Paragraph($"发证日期 {c.IssuedOn:yyyy年M月d日}。证书核验码 {c.Code}。")
            .Spacer(24)
            .QrCode(verificationUrl, 96, $"扫码或访问 {verificationUrl} 核验真伪")
            .Footer($"核验码 {c.Code}", verificationUrl);
}

/// <summary>The tiers' names as printed.</summary>
public static class AwardTierNames
{
    public static string Zh(AwardTier tier) => tier switch
    {
        AwardTier.First => "一等奖",
        AwardTier.Second => "二等奖",
        AwardTier.Third => "三等奖",
        _ => "优秀奖",
    };

    public static string En(AwardTier tier) => tier switch
    {
        AwardTier.First => "First prize",
        AwardTier.Second => "Second prize",
        AwardTier.Third => "Third prize",
        _ => "Excellence award",
    };
}
