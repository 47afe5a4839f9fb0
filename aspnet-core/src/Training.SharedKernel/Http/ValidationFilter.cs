using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Validation;

namespace Training.SharedKernel.Http;

/// <summary>
/// Validates request DTOs by their data annotations (the same <c>*Consts</c> the entities guard with) and answers one
/// problem with every field error in the caller's language. Nested DTOs and lists of them are validated too
/// (<c>rules[0].count</c>). The host runs it on every module endpoint, so what the OpenAPI document states from these
/// attributes (lengths, ranges, item counts) is what the server enforces.
/// </summary>
public sealed class ValidationFilter(ErrorLocalizer localizer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is not null && IsDto(argument.GetType())) Validate(argument, "", errors, depth: 0);
        }
        if (errors.Count > 0)
            throw new BusinessException(CommonErrorCodes.Validation) { FieldErrors = errors };
        return await next(context);
    }

    private void Validate(object dto, string prefix, Dictionary<string, string[]> errors, int depth)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(dto, new ValidationContext(dto), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault() ?? "";
            var field = prefix + JsonNamingPolicy.CamelCase.ConvertName(member);
            var property = dto.GetType().GetProperty(member);
            var attribute = property?.GetCustomAttributes(true).OfType<ValidationAttribute>()
                .FirstOrDefault(a => !a.IsValid(property.GetValue(dto)));
            errors[field] = [result is CodedValidationResult coded
                ? localizer.Localize(coded.Code, [field, .. coded.Args])
                : Message(attribute, field, property?.GetValue(dto))];
        }
        if (depth >= MaxDepth) return;
        foreach (var property in NestedProperties(dto.GetType()))
        {
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(dto))
            {
                case null or string:
                    break;
                case IEnumerable items and not IDictionary:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsDto(item.GetType())) Validate(item, $"{name}[{index}].", errors, depth + 1);
                        index++;
                    }
                    break;
                case var nested when IsDto(nested.GetType()):
                    Validate(nested, name + ".", errors, depth + 1);
                    break;
            }
        }
    }

    private const int MaxDepth = 4;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> Validated = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> Nested = new();

    /// <summary>Types of the app with at least one validation attribute, on themselves or on a nested DTO (never services).</summary>
    private static bool IsDto(Type type) => Validated.GetOrAdd(type, t => IsAppType(t) && (HasAttributes(t) || NestedProperties(t).Length > 0));

    private static bool IsAppType(Type t) => t.Namespace?.StartsWith("Training.", StringComparison.Ordinal) == true && !t.IsEnum;

    private static bool HasAttributes(Type t) =>
        t.GetProperties().Any(p => p.GetCustomAttributes(typeof(ValidationAttribute), true).Length > 0) || typeof(IValidatableObject).IsAssignableFrom(t);

    /// <summary>Properties holding a DTO of the app, or a list of them, that has validation attributes itself.</summary>
    private static PropertyInfo[] NestedProperties(Type type) => Nested.GetOrAdd(type, t => t.GetProperties()
        .Where(p => p.GetIndexParameters().Length == 0 && ElementType(p.PropertyType) is { } e && e != t && IsAppType(e) && HasAttributes(e))
        .ToArray());

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is not null) return typeof(IDictionary).IsAssignableFrom(type) ? null : enumerable.GetGenericArguments()[0];
        return type.IsClass ? type : null;
    }

    private string Message(ValidationAttribute? attribute, string field, object? value) => attribute switch
    {
        RequiredAttribute => localizer.Localize(CommonErrorCodes.Required, field),
        StringLengthAttribute s => localizer.Localize(CommonErrorCodes.TooLong, field, s.MaximumLength),
        MaxLengthAttribute m when value is not string => localizer.Localize(CommonErrorCodes.TooManyItems, field, m.Length),
        MaxLengthAttribute m => localizer.Localize(CommonErrorCodes.TooLong, field, m.Length),
        ItemMaxLengthAttribute i => localizer.Localize(CommonErrorCodes.TooLong, field, i.Length),
        RangeAttribute r => localizer.Localize(CommonErrorCodes.OutOfRange, field, r.Minimum, r.Maximum),
        _ => localizer.Localize(CommonErrorCodes.InvalidFormat, field),
    };
}
