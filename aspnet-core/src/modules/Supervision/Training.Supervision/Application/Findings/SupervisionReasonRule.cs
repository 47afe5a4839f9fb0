using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Supervision.Application.Findings;

/// <summary>
/// Disputes and decisions must say something: at least <see cref="SupervisionSettings.ReasonMinLength"/> characters
/// (blank space not counted), else <see cref="SupervisionErrorCodes.ReasonTooShort"/> names the field in each language.
/// </summary>
internal sealed class SupervisionReasonRule(ISettingProvider settings)
{
    public async Task EnsureAsync(string? text, string fieldZh, string fieldEn, CancellationToken cancellationToken)
    {
        var min = await settings.GetIntAsync(SupervisionSettings.ReasonMinLength, cancellationToken: cancellationToken);
        var length = string.IsNullOrWhiteSpace(text) ? 0 : new System.Globalization.StringInfo(text.Trim()).LengthInTextElements;
        if (length < min) throw new BusinessException(SupervisionErrorCodes.ReasonTooShort, fieldZh, min, fieldEn);
    }
}
