using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.Unresolved.Application.Transfers;

namespace Training.Unresolved.HttpApi;

/// <summary>The liaison's inbox on <c>/api/unresolved/transfers</c>: transferred cases, one in full, the answer, attachments.</summary>
internal static class TransferEndpoints
{
    public static void MapTransferEndpoints(this IEndpointRouteBuilder app)
    {
        const string view = UnresolvedPermissions.Transfers.Default, answer = UnresolvedPermissions.Transfers.Answer;
        var transfers = app.MapGroup("/api/unresolved/transfers").WithTags("UnresolvedTransfers");
        transfers.MapGet("/", ([AsParameters] TransferListInput input, TransferService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(view).WithName("ListUnresolvedTransfers")
            .WithSummary("The transfers to the receivers the caller is a liaison of (to answer first, by due day); the complainant shown unless the receiver is the unit complained about.");
        transfers.MapGet("/{id:guid}", (Guid id, TransferService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithName("GetUnresolvedTransfer").WithAuditedRead("a complainant's name and phone, for the receiver's liaison")
            .WithSummary("A transfer in full: the case's particulars, the note, the answer and its attachments.");
        transfers.MapPost("/{id:guid}/answer", (Guid id, [FromForm] TransferAnswerForm form, TransferService s, CancellationToken ct) =>
                s.AnswerAsync(id, form.Text, form.Version, form.Files?.ToList() ?? [], ct))
            .RequirePermission(answer).WithName("AnswerUnresolvedTransfer").DisableAntiforgery()
            .WithSummary("The receiver's answer with up to 5 attachments (photos without EXIF, PDF, Office): it ends the 3-day deadline and starts the 5-day follow-up.");
        transfers.MapGet("/{id:guid}/attachments/{fileId:guid}", async (Guid id, Guid fileId, TransferService s, CancellationToken ct) =>
            {
                var file = await s.AttachmentAsync(id, fileId, ct);
                return TypedResults.File(file.Content, file.File.ContentType, file.File.FileName);
            })
            .RequirePermission(view).WithName("GetUnresolvedTransferAttachment")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("An attachment of a transfer's answer, with its name (RFC 6266).");
    }
}

/// <summary>A receiver's answer: the text, the case's version and up to 5 attachments.</summary>
internal sealed class TransferAnswerForm
{
    [Required, StringLength(UnresolvedConsts.MaxTextLength)]
    public string Text { get; init; } = "";

    [Range(0, int.MaxValue)]
    public int Version { get; init; }

    [MaxLength(UnresolvedConsts.MaxAttachments)]
    public IFormFileCollection? Files { get; init; }
}
