namespace Training.Documents.Text;

/// <summary>
/// A string shaped by HarfBuzz in one face: glyphs in logical order with their advances and offsets in em (multiply
/// by the font size for points), where a line may begin, and which glyphs are spaces. Immutable; cached by string.
/// </summary>
internal sealed class ShapedText
{
    public required string Text { get; init; }
    public required ushort[] Glyphs { get; init; }
    public required float[] Advances { get; init; }

    /// <summary>The index in <see cref="Text"/> of the character each glyph comes from.</summary>
    public required int[] Clusters { get; init; }

    /// <summary>Offsets from the pen position; null when HarfBuzz moved no glyph (the usual case).</summary>
    public float[]? OffsetsX { get; init; }
    public float[]? OffsetsY { get; init; }

    /// <summary>A line may start at this glyph.</summary>
    public required bool[] BreakBefore { get; init; }

    /// <summary>The glyph is a space: it hangs at a line's end and is not drawn there.</summary>
    public required bool[] IsSpace { get; init; }

    /// <summary>The whole string's advance, in em.</summary>
    public required float Width { get; init; }

    public int Count => Glyphs.Length;

    /// <summary>The characters glyphs [start, end) were shaped from.</summary>
    public string TextOf(int start, int end)
    {
        if (start >= end) return "";
        var from = Clusters[start];
        var to = end < Count ? Clusters[end] : Text.Length;
        return Text[from..to];
    }

    /// <summary>The advance of glyphs [start, end), in em.</summary>
    public float WidthOf(int start, int end)
    {
        var sum = 0f;
        for (var g = start; g < end; g++) sum += Advances[g];
        return sum;
    }
}
