using HarfBuzzSharp;
using SkiaSharp;
using Training.Documents.Text;

namespace Training.Documents.Fonts;

/// <summary>
/// One derived face, as Skia draws it and HarfBuzz shapes it (both from the same file). Shaping is thread-safe:
/// HarfBuzz fonts are immutable once made and each thread keeps its own buffer.
/// </summary>
internal sealed class FontFace : IDisposable
{
    [ThreadStatic] private static HarfBuzzSharp.Buffer? threadBuffer;
    private static readonly Language Chinese = new("zh-Hans");

    /// <summary>
    /// No Latin ligatures: a PDF's ToUnicode names one code point per glyph, so "ffi" drawn as one glyph would be
    /// extracted, searched and copied as ﬃ.
    /// </summary>
    private static readonly Feature[] Features = [Feature.Parse("-liga"), Feature.Parse("-clig"), Feature.Parse("-dlig")];

    private readonly Blob blob;
    private readonly Face face;
    private readonly HarfBuzzSharp.Font font;
    private readonly float perUnit;

    public FontFace(string derivedPath, bool embolden)
    {
        Path = derivedPath;
        Embolden = embolden;
        Typeface = SKTypeface.FromFile(derivedPath) ?? throw new InvalidDataException($"Skia cannot read {derivedPath}.");
        blob = Blob.FromFile(derivedPath);
        face = new Face(blob, 0);
        UnitsPerEm = face.UnitsPerEm;
        font = new HarfBuzzSharp.Font(face);
        font.SetScale(UnitsPerEm, UnitsPerEm);
        perUnit = 1f / UnitsPerEm;
        font.TryGetHorizontalFontExtents(out var extents);
        Ascent = extents.Ascender * perUnit;
        Descent = -extents.Descender * perUnit;
    }

    public string Path { get; }
    public SKTypeface Typeface { get; }

    /// <summary>No bold face was found: Skia thickens the regular one.</summary>
    public bool Embolden { get; }

    public int UnitsPerEm { get; }

    /// <summary>Above and below the baseline, in em.</summary>
    public float Ascent { get; }
    public float Descent { get; }

    public bool HasGlyph(int codePoint) => font.TryGetGlyph((uint)codePoint, out _);

    /// <summary>A Skia font of this face at a size, set up for vector output (no hinting, exact advances).</summary>
    public SKFont CreateFont(float size) => new(Typeface, size)
    {
        Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true, Embolden = Embolden, Edging = SKFontEdging.Antialias,
    };

    /// <summary>
    /// Shapes a string run by run: Han and Latin runs each with their own script (digits, spaces and common
    /// punctuation join the run they are in), so Latin keeps its kerning and Chinese its CJK forms.
    /// </summary>
    public ShapedText Shape(string text)
    {
        var buffer = threadBuffer ??= new HarfBuzzSharp.Buffer();
        var glyphs = new List<ushort>(text.Length);
        var advances = new List<float>(text.Length);
        var clusters = new List<int>(text.Length);
        List<float>? offsetsX = null, offsetsY = null;

        var runStart = 0;
        while (runStart < text.Length)
        {
            var (runEnd, script) = NextRun(text, runStart);
            buffer.ClearContents();
            buffer.AddUtf16(text, runStart, runEnd - runStart);
            buffer.Direction = Direction.LeftToRight;
            buffer.Script = script;
            buffer.Language = Chinese;
            font.Shape(buffer, Features);
            var infos = buffer.GetGlyphInfoSpan();
            var positions = buffer.GetGlyphPositionSpan();
            for (var i = 0; i < infos.Length; i++)
            {
                var p = positions[i];
                if ((p.XOffset != 0 || p.YOffset != 0) && offsetsX is null)
                {
                    offsetsX = [.. new float[glyphs.Count]];
                    offsetsY = [.. new float[glyphs.Count]];
                }
                glyphs.Add((ushort)infos[i].Codepoint);
                advances.Add(p.XAdvance * perUnit);
                clusters.Add((int)infos[i].Cluster);
                offsetsX?.Add(p.XOffset * perUnit);
                offsetsY?.Add(-p.YOffset * perUnit);
            }
            runStart = runEnd;
        }

        var count = glyphs.Count;
        var breakBefore = new bool[count];
        var isSpace = new bool[count];
        var width = 0f;
        for (var g = 0; g < count; g++)
        {
            var cluster = clusters[g];
            var startsCluster = g == 0 || clusters[g - 1] != cluster;
            breakBefore[g] = startsCluster && g > 0 && BreakRules.CanBreakBefore(text, cluster);
            isSpace[g] = BreakRules.IsSpace(text[cluster]);
            width += advances[g];
        }
        return new ShapedText
        {
            Text = text, Glyphs = [.. glyphs], Advances = [.. advances], Clusters = [.. clusters], OffsetsX = offsetsX?.ToArray(), OffsetsY = offsetsY?.ToArray(),
            BreakBefore = breakBefore, IsSpace = isSpace, Width = width,
        };
    }

    /// <summary>The end of the script run starting at <paramref name="start"/>, and its script.</summary>
    private static (int End, Script Script) NextRun(string text, int start)
    {
        bool? han = null;
        var i = start;
        while (i < text.Length)
        {
            var c = CodePoints.At(text, i);
            bool? charHan = BreakRules.IsIdeographic(c) ? true : c <= 0xFFFF && char.IsLetter((char)c) ? false : null;
            if (charHan is { } h)
            {
                if (han is null) han = h;
                else if (han != h) break;
            }
            i += c > 0xFFFF ? 2 : 1;
        }
        return (i, han == false ? Script.Latin : Script.Han);
    }

    public void Dispose()
    {
        font.Dispose();
        face.Dispose();
        blob.Dispose();
        Typeface.Dispose();
    }
}
