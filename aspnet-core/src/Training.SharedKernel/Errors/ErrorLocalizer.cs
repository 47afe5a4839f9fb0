using System.Globalization;
using Training.SharedKernel.Localization;

namespace Training.SharedKernel.Errors;

/// <summary>Turns a code and its arguments into text in the current UI culture, from every registered catalog.</summary>
public sealed class ErrorLocalizer
{
    private readonly Dictionary<string, ErrorText> _messages = new(StringComparer.Ordinal);

    public ErrorLocalizer(IEnumerable<IErrorCatalog> catalogs)
    {
        foreach (var catalog in catalogs)
            foreach (var (code, text) in catalog.Messages)
                _messages[code] = text;
    }

    public bool Knows(string code) => _messages.ContainsKey(code);

    public string Localize(string code, params object?[] args)
    {
        if (!_messages.TryGetValue(code, out var text)) return code;
        var template = Languages.IsEnglish(CultureInfo.CurrentUICulture) ? text.En : text.ZhHans;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }
}
