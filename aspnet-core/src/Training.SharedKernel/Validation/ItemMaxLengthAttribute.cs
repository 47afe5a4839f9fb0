using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Training.SharedKernel.Validation;

/// <summary>
/// Every string in a list (or every value of a dictionary) is at most <see cref="Length"/> characters. With
/// <see cref="MaxLengthAttribute"/> on the same property (how many), a list of strings is bounded both ways; the OpenAPI
/// document states it as the items' <c>maxLength</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemMaxLengthAttribute(int length) : ValidationAttribute
{
    public int Length { get; } = length;

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        IDictionary dictionary => dictionary.Values.Cast<object?>().All(Fits),
        IEnumerable items and not string => items.Cast<object?>().All(Fits),
        _ => Fits(value),
    };

    private bool Fits(object? item) => item is not string text || text.Length <= Length;
}
