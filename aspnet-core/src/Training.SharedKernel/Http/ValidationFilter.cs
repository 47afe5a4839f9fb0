using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Http;

/// <summary>
/// Validates request DTOs by their data annotations (the same <c>*Consts</c> the entities guard with) and answers one
/// problem with every field error in the caller's language.
/// </summary>
public sealed class ValidationFilter(ErrorLocalizer localizer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !IsDto(argument.GetType())) continue;
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true);
            foreach (var result in results)
            {
                var member = result.MemberNames.FirstOrDefault() ?? "";
                var field = JsonNamingPolicy.CamelCase.ConvertName(member);
                var property = argument.GetType().GetProperty(member);
                var attribute = property?.GetCustomAttributes(true).OfType<ValidationAttribute>()
                    .FirstOrDefault(a => !a.IsValid(property.GetValue(argument)));
                errors[field] = [Message(attribute, field)];
            }
        }
        if (errors.Count > 0)
            throw new BusinessException(CommonErrorCodes.Validation) { FieldErrors = errors };
        return await next(context);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> Validated = new();

    /// <summary>Types with at least one validation attribute on a property (request DTOs; never services).</summary>
    private static bool IsDto(Type type) => Validated.GetOrAdd(type, t =>
        t.Namespace?.StartsWith("Training.", StringComparison.Ordinal) == true
        && t.GetProperties().Any(p => p.GetCustomAttributes(typeof(ValidationAttribute), true).Length > 0));

    private string Message(ValidationAttribute? attribute, string field) => attribute switch
    {
        RequiredAttribute => localizer.Localize(CommonErrorCodes.Required, field),
        StringLengthAttribute s => localizer.Localize(CommonErrorCodes.TooLong, field, s.MaximumLength),
        MaxLengthAttribute m => localizer.Localize(CommonErrorCodes.TooLong, field, m.Length),
        RangeAttribute r => localizer.Localize(CommonErrorCodes.OutOfRange, field, r.Minimum, r.Maximum),
        _ => localizer.Localize(CommonErrorCodes.InvalidFormat, field),
    };
}
