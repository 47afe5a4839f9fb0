using Training.SharedKernel.Paging;

namespace Training.Platform;

public sealed record NotificationListInput : PagedRequest
{
    public bool? UnreadOnly { get; init; }
}

public sealed record NotificationDto(Guid Id, string Kind, string Title, string? Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);

public sealed record UnreadCountDto(int Count);
