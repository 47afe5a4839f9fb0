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
