using System.Linq.Expressions;
using Training.Learning.Domain;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Learning.Application;

/// <summary>
/// Who owns learning content (courses, question banks, exams) and who may read and change it. Content is owned by a hall
/// or by the city (owner null). An administrator (scope All) reads and changes everything; a hall manager reads the
/// city's courses and exams and everything of their halls, and changes only their halls' content; others read the city's
/// and their own hall's courses and exams. A question bank — answer keys — is read only by those who may change it.
/// Applied inside queries; out of scope answers 404. Staff's own learning (enrolments, exams to sit) does not pass here.
/// </summary>
internal sealed class ContentAccess(IDataScopeProvider scopes, IStaffIntegrationService staff)
{
    private Rights? _rights;

    /// <summary>Everything: no owner filter. Otherwise the halls whose content is read, and those whose content is changed.</summary>
    internal sealed record Rights(bool Everything, IReadOnlyList<Guid> ReadHalls, IReadOnlyList<Guid> ManagedHalls, Guid? StaffId);

    public async Task<Rights> GetAsync(CancellationToken cancellationToken) => _rights ??= await ResolveAsync(cancellationToken);

    private async Task<Rights> ResolveAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        switch (scope.Kind)
        {
            case ScopeKind.All:
                return new Rights(true, [], [], scope.StaffId);
            case ScopeKind.Halls:
                return new Rights(false, scope.HallIds, scope.HallIds, scope.StaffId);
            default:
                if (scope.StaffId is not { } staffId) return new Rights(false, [], [], null);
                var me = (await staff.GetByIdsAsync([staffId], cancellationToken)).SingleOrDefault();
                return new Rights(false, me is null ? [] : [me.HallId], [], staffId);
        }
    }

    /// <summary>What the caller may choose as the owner of new content.</summary>
    public async Task<ContentOwnerChoicesDto> ChoicesAsync(CancellationToken cancellationToken)
    {
        var rights = await GetAsync(cancellationToken);
        return new ContentOwnerChoicesDto(rights.Everything, rights.ManagedHalls);
    }

    /// <summary>
    /// The owner of new content: an administrator's choice (null = the city), the one hall of a manager of one, or the
    /// required choice among the halls of a manager of several. A hall outside the caller's scope is not found.
    /// </summary>
    public async Task<Guid?> OwnerForNewAsync(Guid? requested, CancellationToken cancellationToken)
    {
        var rights = await GetAsync(cancellationToken);
        if (rights.Everything) return requested;
        if (rights.ManagedHalls.Count == 0) throw new BusinessException(LearningErrorCodes.NoHallToOwn) { Kind = ErrorKind.Forbidden };
        if (requested is { } hallId)
            return rights.ManagedHalls.Contains(hallId) ? hallId : throw new EntityNotFoundException("Hall", hallId);
        if (rights.ManagedHalls.Count == 1) return rights.ManagedHalls[0];
        throw new BusinessException(LearningErrorCodes.OwnerHallRequired)
        {
            FieldErrors = new Dictionary<string, string[]> { ["ownerHallId"] = [LearningErrorCodes.OwnerHallRequired] },
        };
    }

    /// <summary>Courses and exams the caller reads: the city's, and those of the halls they read.</summary>
    public async Task<IQueryable<T>> ReadableAsync<T>(IQueryable<T> query, Expression<Func<T, Guid?>> owner, CancellationToken cancellationToken)
    {
        var rights = await GetAsync(cancellationToken);
        return rights.Everything ? query : query.Where(OwnedBy(owner, rights.ReadHalls, city: true));
    }

    /// <summary>Content the caller changes (and, for question banks, reads): the halls they manage; the city's for administrators.</summary>
    public async Task<IQueryable<T>> ManagedAsync<T>(IQueryable<T> query, Expression<Func<T, Guid?>> owner, CancellationToken cancellationToken)
    {
        var rights = await GetAsync(cancellationToken);
        return rights.Everything ? query : query.Where(OwnedBy(owner, rights.ManagedHalls, city: false));
    }

    /// <summary>
    /// Refuses a change to content the caller may read but not change: the city's content for a manager (their other
    /// halls' content never reaches here, it is not found).
    /// </summary>
    public async Task RequireChangeAsync(Guid? ownerHallId, string entity, Guid id, CancellationToken cancellationToken)
    {
        var rights = await GetAsync(cancellationToken);
        if (rights.Everything || (ownerHallId is { } hall && rights.ManagedHalls.Contains(hall))) return;
        if (ownerHallId is null) throw new BusinessException(LearningErrorCodes.CityContentAdminOnly) { Kind = ErrorKind.Forbidden };
        throw new EntityNotFoundException(entity, id);
    }

    private static Expression<Func<T, bool>> OwnedBy<T>(Expression<Func<T, Guid?>> owner, IReadOnlyList<Guid> halls, bool city)
    {
        var ids = halls.Select(h => (Guid?)h).ToList();
        var row = owner.Parameters[0];
        Expression body = Expression.Call(Expression.Constant(ids), typeof(List<Guid?>).GetMethod(nameof(List<Guid?>.Contains))!, owner.Body);
        if (city) body = Expression.OrElse(Expression.Equal(owner.Body, Expression.Constant(null, typeof(Guid?))), body);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>The categories whose questions (and answer keys) the caller reads and changes.</summary>
    public Task<IQueryable<QuestionCategory>> BanksAsync(IQueryable<QuestionCategory> categories, CancellationToken cancellationToken) =>
        ManagedAsync(categories, c => c.OwnerHallId, cancellationToken);
}
