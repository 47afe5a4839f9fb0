using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;
using Training.Unresolved.Application.Forms;
using Training.Unresolved.Application.ProblemList;
using Training.Unresolved.Application.Statistics;

namespace Training.Unresolved.HttpApi;

/// <summary>
/// The seed's three annexes (登记表, 问题清单表, 转办单) as PDFs, the problem list as JSON and .xlsx, and the statistics.
/// Every complainant in them went through the one confidentiality decision.
/// </summary>
internal static class FormEndpoints
{
    public static void MapUnresolvedFormEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/unresolved").WithTags("UnresolvedForms");
        const string cases = UnresolvedPermissions.Cases.Default;
        var pdf = FileInspector.ContentType(FileKind.Pdf);
        var xlsx = FileInspector.ContentType(FileKind.Xlsx);

        group.MapGet("/cases/{id:guid}/registration-form", async (Guid id, FormPrinter p, CancellationToken ct) =>
            {
                var (name, content) = await p.RegistrationAsync(id, ct);
                return TypedResults.File(content, pdf, name);
            })
            .RequirePermission(cases).WithName("GetUnresolvedRegistrationForm").WithAuditedRead("an unresolved-matter case's registration form")
            .Produces(StatusCodes.Status200OK, contentType: pdf)
            .WithSummary("The case's 事项登记表 (annex 1) as a PDF; the complainant as the caller may see it (已隐去 otherwise).");
        group.MapGet("/cases/{id:guid}/transfers/{transferId:guid}/slip", async (Guid id, Guid transferId, FormPrinter p, CancellationToken ct) =>
            {
                var (name, content) = await p.SlipOfCaseAsync(id, transferId, ct);
                return TypedResults.File(content, pdf, name);
            })
            .RequirePermission(cases).WithName("GetUnresolvedCaseTransferSlip").WithAuditedRead("an unresolved-matter transfer slip")
            .Produces(StatusCodes.Status200OK, contentType: pdf)
            .WithSummary("A transfer's 转办单 (annex 3) as a PDF with its confidentiality note; the complainant 已隐去 for the unit complained about.");
        group.MapGet("/transfers/{id:guid}/slip", async (Guid id, FormPrinter p, CancellationToken ct) =>
            {
                var (name, content) = await p.SlipOfTransferAsync(id, ct);
                return TypedResults.File(content, pdf, name);
            })
            .RequirePermission(UnresolvedPermissions.Transfers.Default).WithName("GetUnresolvedTransferSlip")
            .WithAuditedRead("an unresolved-matter transfer slip").Produces(StatusCodes.Status200OK, contentType: pdf)
            .WithSummary("The 转办单 of a transfer to one of the liaison's receivers, as a PDF.");

        group.MapGet("/problem-list", ([AsParameters] ProblemListInput input, ProblemListService s, CancellationToken ct) => s.GetAsync(input, ct))
            .RequirePermission(cases).WithName("GetUnresolvedProblemList").WithAuditedRead("an unresolved-matter problem list")
            .WithSummary("The 问题清单表 of a hall and month within the caller's scope: the month's cases and the open ones carried over (marked).");
        group.MapGet("/problem-list/export", async ([AsParameters] ProblemListInput input, ProblemListExport s, CancellationToken ct) =>
            {
                var (content, name) = await s.XlsxAsync(input, ct);
                return TypedResults.File(content, xlsx, name);
            })
            .RequirePermission(cases).WithName("ExportUnresolvedProblemList").WithAuditedRead("an unresolved-matter problem list")
            .Produces(StatusCodes.Status200OK, contentType: xlsx)
            .WithSummary("The problem list of a hall and month as .xlsx (the monthly form export).");
        group.MapGet("/problem-list/pdf", async ([AsParameters] ProblemListInput input, ProblemListExport s, CancellationToken ct) =>
            {
                var (content, name) = await s.PdfAsync(input, ct);
                return TypedResults.File(content, pdf, name);
            })
            .RequirePermission(cases).WithName("GetUnresolvedProblemListPdf").WithAuditedRead("an unresolved-matter problem list")
            .Produces(StatusCodes.Status200OK, contentType: pdf)
            .WithSummary("The problem list of a hall and month as the printable annex 2 (PDF).");

        group.MapGet("/statistics", ([AsParameters] UnresolvedStatisticsInput input, UnresolvedStatisticsService s, CancellationToken ct) =>
                s.GetAsync(input, ct))
            .RequirePermission(UnresolvedPermissions.Statistics.Default).WithName("GetUnresolvedStatistics")
            .WithSummary("Cases received in the period (up to 24 months) by unit and category, on-time rates per deadline kind, follow-ups "
                + "(unsatisfied ones) and out-of-scope cases by reason, within the caller's scope, optionally one hall.");
    }
}
