using System.Collections;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.HttpApi.Host.OpenApi;

/// <summary>
/// Limits the framework does not state by itself: strings of a fixed-length format (a GUID, a date, an instant, as
/// System.Text.Json reads and writes them), the items of lists and dictionaries (<see cref="ItemMaxLengthAttribute"/>,
/// <see cref="MaxLengthAttribute"/> on a dictionary), and a page's items (<see cref="PagedRequest.MaxMaxResultCount"/>).
/// Lengths, ranges and list sizes from <c>[StringLength]</c>, <c>[Range]</c> and <c>[MaxLength]</c> come from the
/// framework itself.
/// </summary>
internal sealed class ApiSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>The longest text of each format: "D" GUIDs, ISO dates, ISO instants with 7 decimals and an offset.</summary>
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date"] = 10,
        ["date-time"] = 33,
        ["time"] = 16,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (IsString(schema) && schema.MaxLength is null && schema.Enum is not { Count: > 0 } && schema.Const is null
            && schema.Format is { } format && FormatLengths.TryGetValue(format, out var length))
            schema.MaxLength = length;

        if (context.JsonPropertyInfo?.AttributeProvider is { } attributes)
        {
            if (attributes.GetCustomAttributes(typeof(ItemMaxLengthAttribute), true) is [ItemMaxLengthAttribute items, ..])
            {
                if (schema.Items is OpenApiSchema item) item.MaxLength = items.Length;
                if (schema.AdditionalProperties is OpenApiSchema value) value.MaxLength = items.Length;
            }
            // A dictionary's [MaxLength] counts its entries: maxProperties (the framework states only lists' maxItems).
            if (IsDictionary(context.JsonPropertyInfo.PropertyType)
                && attributes.GetCustomAttributes(typeof(MaxLengthAttribute), true) is [MaxLengthAttribute entries, ..])
            {
                schema.MaxProperties = entries.Length;
                schema.MaxLength = null; // the framework's reading of [MaxLength] on an object
            }
        }

        var type = context.JsonTypeInfo.Type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedResult<>)
            && schema.Properties?.TryGetValue("items", out var pageItems) == true && pageItems is OpenApiSchema page)
            page.MaxItems = PagedRequest.MaxMaxResultCount;
        return Task.CompletedTask;
    }

    private static bool IsString(OpenApiSchema schema) => schema.Type is { } t && (t & JsonSchemaType.String) == JsonSchemaType.String;

    private static bool IsDictionary(Type type) => typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));
}
