using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Learning.Application;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Learning.HttpApi;

internal static class CertificateEndpoints
{
    public static void MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/learning").WithTags("Certificates");

        group.MapGet("/certificates", ([AsParameters] CertificateListInput input, CertificateService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(LearningPermissions.Certificates.Default).WithName("ListCertificates")
            .WithAuditedRead("people's certificates", subject: "staffId")
            .WithSummary("Certificates of the people within the caller's scope.");
        group.MapGet("/my/certificates", (CertificateService s, CancellationToken ct) => s.MineAsync(ct))
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("ListMyCertificates");
        group.MapGet("/my/certificates/{id:guid}/pdf", async (Guid id, CertificatePrinter p, CancellationToken ct) =>
            {
                var (name, pdf) = await p.MineAsync(id, ct);
                return TypedResults.File(pdf, FileInspector.ContentType(FileKind.Pdf), name);
            })
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("GetMyCertificatePdf")
            .Produces(StatusCodes.Status200OK, contentType: FileInspector.ContentType(FileKind.Pdf))
            .WithSummary("One's own certificate as a printable PDF with its verification QR code.");
        group.MapGet("/certificates/{id:guid}/pdf", async (Guid id, CertificatePrinter p, CancellationToken ct) =>
            {
                var (name, pdf) = await p.InScopeAsync(id, ct);
                return TypedResults.File(pdf, FileInspector.ContentType(FileKind.Pdf), name);
            })
            .RequirePermission(LearningPermissions.Certificates.Default).WithName("GetCertificatePdf")
            .WithAuditedRead("a person's certificate")
            .Produces(StatusCodes.Status200OK, contentType: FileInspector.ContentType(FileKind.Pdf))
            .WithSummary("A certificate within the caller's scope as a printable PDF.");
        group.MapPost("/certificates/{id:guid}/revoke", (Guid id, RevokeCertificateInput input, CertificateService s, CancellationToken ct) =>
                s.RevokeAsync(id, input, ct))
            .RequirePermission(LearningPermissions.Certificates.Manage).WithName("RevokeCertificate");
        group.MapGet("/certificates/import/template", () => TypedResults.File(CertificateService.Template(),
                FileInspector.ContentType(FileKind.Xlsx), "合格证导入模板.xlsx"))
            .RequirePermission(LearningPermissions.Certificates.Manage).WithName("GetCertificateImportTemplate");
        group.MapPost("/certificates/import", async (IFormFile file, UploadReader uploads, CertificateService s, CancellationToken ct) =>
                await s.ImportAsync(await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ct))
            .RequirePermission(LearningPermissions.Certificates.Manage).WithName("ImportCertificates").DisableAntiforgery()
            .WithSummary("Records earlier certificates (.xlsx), upserting by the original certificate number.");

        // The public verification page's API: anonymous, rate-limited, and it reveals only a masked name.
        app.MapGet("/api/public/certificates/{code:maxlength(32)}", (string code, CertificateService s, CancellationToken ct) => s.VerifyAsync(code, ct))
            .WithTags("Verification").AllowAnonymous().RequireRateLimiting(LearningModule.VerifyRateLimit).WithName("VerifyCertificate");
    }
}
