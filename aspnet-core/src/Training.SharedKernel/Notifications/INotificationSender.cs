namespace Training.SharedKernel.Notifications;

/// <summary>
/// A message for a person's in-app inbox, in both languages. <see cref="Kind"/> is a stable key such as
/// <c>Learning.CertificateExpiring</c>; <see cref="Link"/> is a route in the portal.
/// </summary>
public sealed record NotificationMessage(string Kind, string TitleZhHans, string TitleEn,
    string? BodyZhHans = null, string? BodyEn = null, string? Link = null);

/// <summary>Any module posts to the inbox through this; e-mail or SMS can come later behind the same interface.</summary>
public interface INotificationSender
{
    Task SendAsync(IReadOnlyCollection<Guid> userIds, NotificationMessage message, CancellationToken cancellationToken = default);
}
