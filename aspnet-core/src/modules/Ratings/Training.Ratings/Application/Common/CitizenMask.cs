using Training.Ratings.Domain;

namespace Training.Ratings.Application.Common;

/// <summary>
/// The one way a citizen's data leaves the module for someone who is not handling that callback: the first character
/// of a name (张*), the first three and last four digits of a phone (138****5678), the first and last two characters of
/// a credit code. An enterprise's name is public (it is an organisation, not a person). The handler of the case reads
/// the row itself, through <see cref="Reveal"/>.
/// </summary>
public static class CitizenMask
{
    public static string? Name(string? name) =>
        string.IsNullOrEmpty(name) ? null : name.Length == 1 ? "*" : string.Concat(char.ConvertFromUtf32(char.ConvertToUtf32(name, 0)), "*");

    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return null;
        if (phone.Length < 7) return new string('*', phone.Length);
        return string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }

    public static string? CreditCode(string? code) =>
        string.IsNullOrEmpty(code) ? null : code.Length <= 4 ? new string('*', code.Length)
            : string.Concat(code.AsSpan(0, 2), new string('*', code.Length - 4), code.AsSpan(code.Length - 2));

    /// <summary>The rater as everyone but the callback's handler sees it; null when nothing was given.</summary>
    public static MaskedRaterDto? Masked(RaterKind kind, bool isRealName, RatingRater? rater) =>
        rater is null
            ? isRealName ? new MaskedRaterDto(kind, null, null, null, null, Removed: true) : null
            : new MaskedRaterDto(kind, Name(rater.Name), Phone(rater.Phone), rater.EnterpriseName, CreditCode(rater.CreditCode), Removed: false);

    /// <summary>The rater in full, for the handler of the callback only (the read is audited by the caller).</summary>
    public static RaterDto? Reveal(RaterKind kind, bool isRealName, RatingRater? rater) =>
        rater is null
            ? isRealName ? new RaterDto(kind, null, null, null, null, Removed: true) : null
            : new RaterDto(kind, rater.Name, rater.Phone, rater.EnterpriseName, rater.CreditCode, Removed: false);
}
