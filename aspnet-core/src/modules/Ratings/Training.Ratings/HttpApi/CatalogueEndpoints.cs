using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Ratings.Application.Catalogue;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Ratings.HttpApi;

/// <summary>Indicator tags, the matter catalogue, surveys and service efficiency (people, cookie sign-in); then the dashboard, the public page and the case systems' push.</summary>
internal static class CatalogueEndpoints
{
    public static void MapRatingDataEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCatalogueEndpoints();
        app.MapStatisticsEndpoints();
        app.MapPublicDisclosureEndpoints();
        app.MapServiceRecordPushEndpoints();
    }

    private static void MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var tags = app.MapGroup("/api/ratings/tags").WithTags("RatingTags");
        tags.MapGet("/", (IndicatorTagService s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(RatingsPermissions.Catalogue.Default).WithName("ListRatingTags");
        tags.MapPost("/", (SaveIndicatorTagInput input, IndicatorTagService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("CreateRatingTag");
        tags.MapPut("/{id:guid}", (Guid id, SaveIndicatorTagInput input, IndicatorTagService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("UpdateRatingTag")
            .WithSummary("Edits a tag's names, order and state; its code stays as created.");

        var matters = app.MapGroup("/api/ratings/matters").WithTags("RatingMatters");
        matters.MapGet("/", ([AsParameters] MatterListInput input, MatterService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(RatingsPermissions.Catalogue.Default).WithName("ListRatingMatters")
            .WithSummary("The matter catalogue of the caller's halls: filter, sort and page on the server.");
        matters.MapGet("/import/template", () => Xlsx(MatterImportService.Template(), "事项目录导入模板.xlsx"))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("GetRatingMatterImportTemplate");
        matters.MapPost("/import", async ([AsParameters] HallImportInput input, IFormFile file, UploadReader uploads, MatterImportService s,
                    CancellationToken ct) => await s.ImportAsync(input, await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ct))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("ImportRatingMatters").DisableAntiforgery()
            .WithSummary("Upserts a hall's matters by code (.xlsx): a file with errors writes nothing and lists every row; the same file twice changes nothing.");

        var surveys = app.MapGroup("/api/ratings/surveys").WithTags("RatingSurveys");
        surveys.MapGet("/", ([AsParameters] SurveyListInput input, SurveyService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(RatingsPermissions.Catalogue.Default).WithName("ListRatingSurveys");
        surveys.MapGet("/import/template", () => Xlsx(SurveyImportService.Template(), "满意度调查导入模板.xlsx"))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("GetRatingSurveyImportTemplate");
        surveys.MapPost("/import", async ([AsParameters] HallImportInput input, IFormFile file, UploadReader uploads, SurveyImportService s,
                    CancellationToken ct) => await s.ImportAsync(input, await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ct))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("ImportRatingSurveys").DisableAntiforgery()
            .WithSummary("Upserts a hall's bimonthly survey results by unit and period (.xlsx), with their aspect scores; all or nothing.");

        var records = app.MapGroup("/api/ratings/service-records").WithTags("RatingServiceRecords");
        records.MapGet("/", ([AsParameters] ServiceRecordListInput input, ServiceRecordService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(RatingsPermissions.Catalogue.Default).WithName("ListRatingServiceRecords");
        records.MapGet("/import/template", () => Xlsx(ServiceRecordImportService.Template(), "服务效能导入模板.xlsx"))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("GetRatingServiceRecordImportTemplate");
        records.MapPost("/import", async (IFormFile file, UploadReader uploads, ServiceRecordImportService s, CancellationToken ct) =>
                await s.ImportAsync(await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ct))
            .RequirePermission(RatingsPermissions.Catalogue.Manage).WithName("ImportRatingServiceRecords").DisableAntiforgery()
            .WithSummary("Upserts case volumes and on-time completions per person and month (.xlsx), people by staff number within the caller's scope.");
    }

    private static IResult Xlsx(byte[] file, string name) => TypedResults.File(file, FileInspector.ContentType(FileKind.Xlsx), name);
}
