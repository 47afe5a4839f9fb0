namespace Training.SharedKernel.Errors;

/// <summary>A message in both languages. Placeholders {0}, {1} … are filled from the exception's arguments.</summary>
public sealed record ErrorText(string ZhHans, string En);

/// <summary>Each module's Contracts has one catalog of its error codes and their texts.</summary>
public interface IErrorCatalog
{
    IReadOnlyDictionary<string, ErrorText> Messages { get; }
}
