namespace Training.Bulletins.Kinds;

/// <summary>
/// How an owning module asks Bulletins for a draft when its period closes (the attendance month), without Bulletins
/// knowing the module: the request is queued, rendered by a background job, and is idempotent — asking twice for the
/// same kind, subject and period leaves one draft (re-rendered, so a reopened and closed-again month prints anew).
/// </summary>
public interface IBulletinRequests
{
    Task RequestDraftAsync(string kindCode, BulletinSubject subject, CancellationToken cancellationToken = default);
}
