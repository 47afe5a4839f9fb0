using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// Verification notes, replies and appeal decisions must say something: at least <see cref="RatingsSettings.ReasonMinLength"/>
/// characters (blank space not counted), else <see cref="RatingsErrorCodes.ReasonTooShort"/> names the field in each language.
/// </summary>
internal sealed class ReasonRule(ISettingProvider settings)
{
    public async Task EnsureAsync(string? text, string fieldZh, string fieldEn, CancellationToken cancellationToken)
    {
        var min = await settings.GetIntAsync(RatingsSettings.ReasonMinLength, cancellationToken: cancellationToken);
        var length = string.IsNullOrWhiteSpace(text) ? 0 : new System.Globalization.StringInfo(text.Trim()).LengthInTextElements;
        if (length < min) throw new BusinessException(RatingsErrorCodes.ReasonTooShort, fieldZh, min, fieldEn);
    }
}
