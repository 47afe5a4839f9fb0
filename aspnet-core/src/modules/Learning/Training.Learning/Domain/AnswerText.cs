using System.Globalization;
using System.Text;

namespace Training.Learning.Domain;

/// <summary>
/// How answers compare. Fill-in answers are compared after normalising: full-width to half-width (NFKC), no white
/// space, case-insensitive, trailing punctuation dropped — so "ＡＢＣ。" and "abc" match. Choice answers are sets of
/// option keys in a canonical order; true/false accepts the words people type.
/// </summary>
public static class AnswerText
{
    private static readonly char[] Alternatives = ['|', '｜'];
    private static readonly HashSet<string> TrueWords = ["true", "t", "对", "正确", "是", "√", "yes", "y"];
    private static readonly HashSet<string> FalseWords = ["false", "f", "错", "错误", "否", "×", "x", "no", "n"];

    public static string NormalizeFillIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().TrimEnd('。', '.', '，', ',', '；', ';', '！', '!', '、');
    }

    /// <summary>The accepted fill-in answers, normalised ("|" separates alternatives).</summary>
    public static IReadOnlyList<string> FillInAlternatives(string answer) =>
        answer.Split(Alternatives, StringSplitOptions.RemoveEmptyEntries).Select(NormalizeFillIn).Where(a => a.Length > 0).Distinct().ToList();

    /// <summary>Option keys from "A,C", "a c", "CA" … as an ordered, distinct list ("A,C").</summary>
    public static IReadOnlyList<string> ChoiceKeys(string? response) =>
        (response ?? "").Normalize(NormalizationForm.FormKC).ToUpperInvariant()
            .Where(char.IsAsciiLetterUpper).Select(c => c.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();

    public static bool? TrueFalse(string? response)
    {
        var word = NormalizeFillIn(response);
        if (TrueWords.Contains(word)) return true;
        if (FalseWords.Contains(word)) return false;
        return null;
    }

    public static string Canonical(bool value) => value ? "true" : "false";

    public static string Canonical(IEnumerable<string> keys) => string.Join(",", keys);

    internal static string Key(int index) => ((char)('A' + index)).ToString(CultureInfo.InvariantCulture);
}
