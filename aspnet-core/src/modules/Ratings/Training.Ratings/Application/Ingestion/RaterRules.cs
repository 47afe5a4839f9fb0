using System.Text.RegularExpressions;
using Training.Ratings.Domain;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// The rater's data as sources send it, checked: a mobile (11 digits from 1) or a landline with its area code; a unified
/// social credit code of 18 digits or capital letters; an enterprise needs its name. Given nothing, the rating is
/// anonymous; given anything, it is real-name (实名) and its bad ratings are all called back.
/// </summary>
internal static partial class RaterRules
{
    [GeneratedRegex(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9A-Z]{18}$")]
    private static partial Regex CreditCodePattern();

    /// <summary>The rater to store (null when nothing was given), or the code of what is wrong.</summary>
    public static (RaterKind Kind, RatingRater? Rater, string? Error) Check(Guid ratingId, RaterKind kind, string? name, string? phone,
        string? enterpriseName, string? creditCode)
    {
        name = Blank(name);
        phone = Blank(phone)?.Replace(" ", "", StringComparison.Ordinal);
        enterpriseName = Blank(enterpriseName);
        creditCode = Blank(creditCode)?.ToUpperInvariant();
        if (phone is not null && !PhonePattern().IsMatch(phone)) return (kind, null, RatingsErrorCodes.PhoneInvalid);
        if (creditCode is not null && !CreditCodePattern().IsMatch(creditCode)) return (kind, null, RatingsErrorCodes.CreditCodeInvalid);
        if (kind == RaterKind.Enterprise && enterpriseName is null) return (kind, null, RatingsErrorCodes.EnterpriseNameRequired);
        if (kind != RaterKind.Enterprise) (enterpriseName, creditCode) = (null, null);
        if (name is null && phone is null && enterpriseName is null && creditCode is null) return (RaterKind.Anonymous, null, null);
        try
        {
            var rater = new RatingRater(ratingId, name, phone, enterpriseName, creditCode);
            return (kind == RaterKind.Anonymous ? RaterKind.Person : kind, rater, null);
        }
        catch (BusinessException e)
        {
            return (kind, null, e.Code);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
