namespace Training.Documents.Fonts;

/// <summary>
/// The code points a CJK font maps to the same glyph as a unified ideograph (⼼ U+2F3C and 心 U+5FC3 share one).
/// A PDF's ToUnicode can name one code point per glyph, and Skia keeps the last one the cmap lists, so 心 would be
/// extracted, searched and copied as ⼼. Removing these from the cmap leaves each glyph one code point: the ideograph.
/// </summary>
internal static class CompatibilityCodePoints
{
    /// <summary>Removed whatever glyph they map to: radicals and compatibility ideographs are never what a text means.</summary>
    public static bool AlwaysRemoved(int c) =>
        c is >= 0x2E80 and <= 0x2EFF       // CJK Radicals Supplement
          or >= 0x2F00 and <= 0x2FDF       // Kangxi Radicals
          or >= 0x2F800 and <= 0x2FA1F     // CJK Compatibility Ideographs Supplement
        || (c is >= 0xF900 and <= 0xFAFF && !IsUnifiedInCompatibilityBlock(c));

    /// <summary>The unified ideographs: their code points are the ones a glyph must keep.</summary>
    public static bool IsUnifiedIdeograph(int c) =>
        c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF or >= 0x2A700 and <= 0x2EBEF
            or >= 0x30000 and <= 0x323AF
        || IsUnifiedInCompatibilityBlock(c);

    /// <summary>The twelve unified ideographs that live in the compatibility block (﨎 﨏 﨑 …).</summary>
    private static bool IsUnifiedInCompatibilityBlock(int c) =>
        c is 0xFA0E or 0xFA0F or 0xFA11 or 0xFA13 or 0xFA14 or 0xFA1F or 0xFA21 or 0xFA23 or 0xFA24 or 0xFA27 or 0xFA28 or 0xFA29;

    /// <summary>
    /// The map without radicals, compatibility ideographs and any other code point (Hangzhou numerals, enclosed forms
    /// drawn as plain ideographs …) whose glyph a unified ideograph also maps to.
    /// </summary>
    public static SortedDictionary<int, int> Remove(SortedDictionary<int, int> map)
    {
        var ideographGlyphs = map.Where(e => IsUnifiedIdeograph(e.Key)).Select(e => e.Value).ToHashSet();
        var kept = new SortedDictionary<int, int>();
        foreach (var (code, glyph) in map)
            if (!AlwaysRemoved(code) && (IsUnifiedIdeograph(code) || !ideographGlyphs.Contains(glyph)))
                kept[code] = glyph;
        return kept;
    }
}
