using Training.Bulletins.Kinds;
using Training.SharedKernel.Errors;

namespace Training.Bulletins.Application;

/// <summary>The kinds the modules registered (<see cref="BulletinKindServiceCollectionExtensions.AddBulletinKind{TKind}"/>).</summary>
internal sealed class BulletinKindRegistry(IEnumerable<IBulletinKind> kinds)
{
    private readonly Dictionary<string, IBulletinKind> _byCode = kinds.ToDictionary(k => k.Info.Code, StringComparer.Ordinal);

    public IEnumerable<IBulletinKind> All => _byCode.Values.OrderBy(k => k.Info.Code, StringComparer.Ordinal);

    public IBulletinKind? Find(string code) => _byCode.GetValueOrDefault(code);

    public IBulletinKind Get(string code) =>
        Find(code) ?? throw new BusinessException(BulletinsErrorCodes.KindUnknown, code) { Kind = ErrorKind.NotFound };

    /// <summary>Checks that the kind is made for that scope and period kind, and that the period is over.</summary>
    /// <param name="allowOpenPeriod">
    /// Only for the browser tests (<c>Bulletins:Testing:AllowOpenPeriods</c>, set by etc/test-web.sh): a journey that
    /// acts today checks its bulletin today, though the month is not over. Never set in production: an open period's
    /// bulletin is not the same each time it is produced.
    /// </param>
    public static void CheckSubject(IBulletinKind kind, BulletinSubject subject, DateOnly today, bool allowOpenPeriod = false)
    {
        if (!kind.Info.Scopes.Contains(subject.Scope))
            throw new BusinessException(BulletinsErrorCodes.ScopeNotOffered);
        if (subject.Scope == BulletinScope.Hall && subject.HallId is null) throw new BusinessException(BulletinsErrorCodes.HallRequired);
        if (!kind.Info.PeriodKinds.Contains(subject.Period.Kind))
            throw new BusinessException(BulletinsErrorCodes.PeriodKindNotOffered);
        if (subject.Period.Kind == BulletinPeriodKind.Month && subject.Period.Month is not (>= 1 and <= 12))
            throw new BusinessException(BulletinsErrorCodes.MonthRequired);
        if (!allowOpenPeriod && !subject.Period.IsOverOn(today)) throw new BusinessException(BulletinsErrorCodes.PeriodNotOver, subject.Period.LabelZhHans);
    }
}
