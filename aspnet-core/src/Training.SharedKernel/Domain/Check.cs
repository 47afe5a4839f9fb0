using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Domain;

/// <summary>Guards used by entity constructors and methods; they throw business errors with stable codes.</summary>
public static class Check
{
    public static string NotBlank(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new BusinessException(CommonErrorCodes.Required, field);
        if (trimmed.Length > maxLength)
            throw new BusinessException(CommonErrorCodes.TooLong, field, maxLength);
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength)
            throw new BusinessException(CommonErrorCodes.TooLong, field, maxLength);
        return trimmed;
    }

    public static int InRange(int value, string field, int min, int max) =>
        value < min || value > max ? throw new BusinessException(CommonErrorCodes.OutOfRange, field, min, max) : value;
}
