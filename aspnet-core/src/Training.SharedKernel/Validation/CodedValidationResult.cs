using System.ComponentModel.DataAnnotations;

namespace Training.SharedKernel.Validation;

/// <summary>
/// A rule over several fields (<see cref="IValidatableObject"/>) that fails with an error code of a catalog: the
/// validation filter answers it in the caller's language with the field first and <see cref="Args"/> after it.
/// </summary>
public sealed class CodedValidationResult(string code, string member, params object?[] args) : ValidationResult(code, [member])
{
    public string Code { get; } = code;

    public IReadOnlyList<object?> Args { get; } = args;
}
