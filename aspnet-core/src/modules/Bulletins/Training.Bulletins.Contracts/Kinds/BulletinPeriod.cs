using System.Globalization;

namespace Training.Bulletins.Kinds;

public enum BulletinPeriodKind { Month, Year }

public enum BulletinScope { Hall, City }

/// <summary>A bulletin's period: a calendar month or a calendar year, in the hall's business dates.</summary>
public sealed record BulletinPeriod(BulletinPeriodKind Kind, int Year, int? Month = null)
{
    public static BulletinPeriod OfMonth(int year, int month) => new(BulletinPeriodKind.Month, year, month);

    public static BulletinPeriod OfYear(int year) => new(BulletinPeriodKind.Year, year);

    /// <summary>The period that ended last before <paramref name="today"/> (last month, or last year).</summary>
    public static BulletinPeriod LastBefore(BulletinPeriodKind kind, DateOnly today) => kind == BulletinPeriodKind.Year
        ? OfYear(today.Year - 1)
        : OfMonth(today.AddMonths(-1).Year, today.AddMonths(-1).Month);

    public DateOnly Start => new(Year, Kind == BulletinPeriodKind.Month ? Month!.Value : 1, 1);

    /// <summary>The first day after the period.</summary>
    public DateOnly EndExclusive => Kind == BulletinPeriodKind.Month ? Start.AddMonths(1) : Start.AddYears(1);

    public bool IsOverOn(DateOnly today) => today >= EndExclusive;

    public string LabelZhHans => Kind == BulletinPeriodKind.Month ? $"{Year}年{Month}月" : $"{Year}年";

    public string LabelEn => Kind == BulletinPeriodKind.Month
        ? Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : Year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What one bulletin is about: a hall (or the whole city) and a period.</summary>
public sealed record BulletinSubject(BulletinScope Scope, Guid? HallId, BulletinPeriod Period);
