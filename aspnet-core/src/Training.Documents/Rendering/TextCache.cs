using Training.Documents.Fonts;
using Training.Documents.Text;

namespace Training.Documents.Rendering;

/// <summary>
/// Shaped strings of one render, by face and text: a table repeats its units, scores and remarks thousands of times,
/// and the layout pass and the drawing pass ask for every cell. Bounded: past the limit new strings are shaped
/// without being kept.
/// </summary>
internal sealed class TextCache(DocumentFonts fonts, int limit = 400_000)
{
    private readonly Dictionary<string, ShapedText> regular = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ShapedText> bold = new(StringComparer.Ordinal);

    public ShapedText Get(string text, bool isBold)
    {
        var map = isBold ? bold : regular;
        if (map.TryGetValue(text, out var shaped)) return shaped;
        shaped = Face(isBold).Shape(text);
        if (map.Count < limit) map[text] = shaped;
        return shaped;
    }

    public FontFace Face(bool isBold) => isBold ? fonts.Bold : fonts.Regular;
}
