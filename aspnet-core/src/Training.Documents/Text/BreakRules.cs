namespace Training.Documents.Text;

/// <summary>
/// Where a line may break in Chinese and mixed text: between ideographs, around an ideograph and a Latin word, after
/// a space — never before closing punctuation, never after opening punctuation (禁则, kinsoku), never inside a
/// Latin word or a number.
/// </summary>
internal static class BreakRules
{
    /// <summary>May not start a line.</summary>
    public const string Closing = "，。、；：？！」』）》〕】〉｝］｣〗〙〛…‥”’,.;:?!)]}％%‰℃°·・ー々〻";

    /// <summary>May not end a line.</summary>
    public const string Opening = "「『（《〔【〈｛［｢〖〘〚“‘([{＜";

    /// <summary>A line may begin at <paramref name="index"/> (0 &lt; index &lt; text.Length, at a character boundary).</summary>
    public static bool CanBreakBefore(string text, int index)
    {
        if (index <= 0 || index >= text.Length) return false;
        if (char.IsLowSurrogate(text[index])) return false;
        var after = text[index];
        var beforeIndex = char.IsLowSurrogate(text[index - 1]) && index >= 2 ? index - 2 : index - 1;
        var before = text[beforeIndex];
        if (IsSpace(after)) return false;                     // spaces hang at the end of the line they follow
        if (Closing.Contains(after) || Opening.Contains(before)) return false;
        if (IsSpace(before)) return true;
        if (before == after && before is '—' or '―' or '…' or '‥') return false;   // —— and …… are one mark
        return IsIdeographic(CodePoints.At(text, beforeIndex)) || IsIdeographic(CodePoints.At(text, index));
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';

    /// <summary>Characters that stand alone for breaking: ideographs, kana, hangul, CJK and fullwidth punctuation.</summary>
    public static bool IsIdeographic(int c) =>
        c is >= 0x2E80 and <= 0x2FFF or >= 0x3001 and <= 0x33FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF01 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFF
            or 0x2014 or 0x2015 or 0x2026 or 0x2025;
}
