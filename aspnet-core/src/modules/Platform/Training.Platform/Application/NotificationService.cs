using Microsoft.EntityFrameworkCore;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Localization;
using Training.SharedKernel.Notifications;
using Training.SharedKernel.Paging;

namespace Training.Platform.Application;

/// <summary>Posts to inboxes (one row per recipient, one save) and serves the caller's own inbox only.</summary>
internal sealed class NotificationService(PlatformDbContext db, ICurrentUser currentUser, TimeProvider clock) : INotificationSender
{
    private static readonly SortMap<Notification> Sort = new SortMap<Notification>("createdAt desc").Add("createdAt", n => n.CreatedAt);

    public async Task SendAsync(IReadOnlyCollection<Guid> userIds, NotificationMessage message, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Notifications.AddRange(userIds.Distinct().Select(userId => new Notification
        {
            Id = Guid.NewGuid(), UserId = userId, Kind = message.Kind, TitleZhHans = message.TitleZhHans, TitleEn = message.TitleEn,
            BodyZhHans = message.BodyZhHans, BodyEn = message.BodyEn, Link = message.Link, CreatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<PagedResult<NotificationDto>> ListAsync(NotificationListInput input, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (input.UnreadOnly == true) query = query.Where(n => n.ReadAt == null);
        var english = Languages.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        return await query.ToPagedResultAsync(input, Sort, n => new NotificationDto(n.Id, n.Kind,
            english ? n.TitleEn : n.TitleZhHans, english ? n.BodyEn : n.BodyZhHans, n.Link, n.CreatedAt, n.ReadAt), cancellationToken);
    }

    public async Task<UnreadCountDto> UnreadCountAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        return new UnreadCountDto(await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken));
    }

    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.Notifications.Where(n => n.Id == id && n.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, n => n.ReadAt ?? now), cancellationToken);
        if (updated == 0) throw new EntityNotFoundException("Notification", id);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
