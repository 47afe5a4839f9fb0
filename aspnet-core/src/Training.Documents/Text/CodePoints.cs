namespace Training.Documents.Text;

internal static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/> (a surrogate pair as one; a lone surrogate as itself).</summary>
    public static int At(string text, int index)
    {
        var c = text[index];
        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : c;
    }
}
