using System.Globalization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// The ledger's input rules that need settings or today: a reason says something (at least
/// <see cref="SupervisionSettings.ReasonMinLength"/> characters), and a deadline one sets is neither past nor beyond a year.
/// </summary>
internal sealed class LedgerRules(ISettingProvider settings)
{
    /// <summary>The latest deadline one may set, in days from today (a ledger item is rectified within the year).</summary>
    public const int MaxDueDays = 366;

    public async Task EnsureReasonAsync(string? text, string fieldZh, string fieldEn, CancellationToken cancellationToken)
    {
        var min = await settings.GetIntAsync(SupervisionSettings.ReasonMinLength, cancellationToken: cancellationToken);
        var length = string.IsNullOrWhiteSpace(text) ? 0 : new StringInfo(text.Trim()).LengthInTextElements;
        if (length < min) throw new BusinessException(SupervisionErrorCodes.ReasonTooShort, fieldZh, min, fieldEn);
    }

    public static void EnsureDue(DateOnly? dueOn, DateOnly today)
    {
        if (dueOn is not { } due) return;
        if (due < today) throw new BusinessException(SupervisionErrorCodes.LedgerDueInPast, today.ToString("yyyy-MM-dd"));
        var latest = today.AddDays(MaxDueDays);
        if (due > latest) throw new BusinessException(SupervisionErrorCodes.LedgerDueTooFar, latest.ToString("yyyy-MM-dd"));
    }
}
