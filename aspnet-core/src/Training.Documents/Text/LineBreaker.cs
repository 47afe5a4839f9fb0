namespace Training.Documents.Text;

/// <summary>
/// Greedy line filling over the break opportunities of <see cref="ShapedText"/>: a piece that does not fit moves
/// whole to the next line (so closing punctuation goes with the character before it); a single word wider than the
/// line is cut between glyph clusters.
/// </summary>
internal static class LineBreaker
{
    private const float Tolerance = 0.01f;

    public static List<TextLine> Break(ShapedText text, float size, float maxWidth)
    {
        var lines = new List<TextLine>(1);
        Break(text, size, maxWidth, lines);
        return lines;
    }

    /// <summary>The number of lines, without keeping them (table layout needs only heights).</summary>
    public static int CountLines(ShapedText text, float size, float maxWidth)
    {
        if (text.Width * size <= maxWidth + Tolerance) return 1;
        return Break(text, size, maxWidth).Count;
    }

    /// <summary>Breaks glyphs [from, end) into lines appended to <paramref name="lines"/>.</summary>
    public static void Break(ShapedText text, float size, float maxWidth, List<TextLine> lines, int from = 0)
    {
        var count = text.Count;
        if (count == from) { lines.Add(new TextLine(from, from, 0)); return; }
        if (from == 0 && text.Width * size <= maxWidth + Tolerance)
        {
            var end = count;
            while (end > 0 && text.IsSpace[end - 1]) end--;
            lines.Add(new TextLine(0, end, text.WidthOf(0, end) * size));
            return;
        }

        var lineStart = from;
        var contentEnd = from;       // after the line's last non-space glyph
        var contentWidth = 0f;       // width up to contentEnd
        var fullWidth = 0f;          // width including trailing spaces
        var lineEmpty = true;
        var segment = from;
        while (segment < count)
        {
            // A segment runs from one break opportunity to the next: [segment, next).
            var next = segment + 1;
            while (next < count && !text.BreakBefore[next]) next++;
            var segContentEnd = next;
            while (segContentEnd > segment && text.IsSpace[segContentEnd - 1]) segContentEnd--;
            var segContent = text.WidthOf(segment, segContentEnd) * size;
            var segFull = segContent + text.WidthOf(segContentEnd, next) * size;

            if (lineEmpty)
            {
                if (segContent > maxWidth + Tolerance)
                {
                    // A word wider than the line: cut it where the width runs out, glyph by glyph.
                    var g = segment;
                    while (g < segContentEnd)
                    {
                        var start = g;
                        var width = text.Advances[g] * size;
                        g++;
                        while (g < segContentEnd && width + text.Advances[g] * size <= maxWidth + Tolerance) width += text.Advances[g++] * size;
                        if (g < segContentEnd) lines.Add(new TextLine(start, g, width));
                        else { lineStart = start; contentEnd = g; contentWidth = width; fullWidth = width + (segFull - segContent); lineEmpty = false; }
                    }
                    segment = next;
                    continue;
                }
                contentEnd = segContentEnd;
                contentWidth = segContent;
                fullWidth = segFull;
                lineEmpty = false;
            }
            else if (fullWidth + segContent <= maxWidth + Tolerance)
            {
                contentEnd = segContentEnd;
                contentWidth = fullWidth + segContent;
                fullWidth += segFull;
            }
            else
            {
                lines.Add(new TextLine(lineStart, contentEnd, contentWidth));
                lineStart = segment;
                contentEnd = segment;
                fullWidth = contentWidth = 0;
                lineEmpty = true;
                continue;   // lay the same segment out on the new line
            }
            segment = next;
        }
        lines.Add(new TextLine(lineStart, contentEnd, contentWidth));
    }
}
