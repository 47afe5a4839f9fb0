namespace Training.Documents;

/// <summary>
/// Where the CJK fonts come from; bound from the configuration section <c>Documents:Fonts</c>. Empty paths are found
/// through fontconfig (Debian's fonts-noto-cjk: Noto Serif CJK SC, a <c>.ttc</c> collection).
/// </summary>
public sealed class DocumentFontOptions
{
    public const string Section = "Documents:Fonts";

    /// <summary>A .ttc/.otf/.ttf file; a collection takes its face index after a colon (<c>/path/font.ttc:2</c>).</summary>
    public string? RegularPath { get; set; }

    /// <summary>The bold face, same form as <see cref="RegularPath"/>; empty → fontconfig, else the regular face.</summary>
    public string? BoldPath { get; set; }

    /// <summary>Where derived fonts are written; default <c>$TMPDIR/training-fonts</c>.</summary>
    public string? CacheDirectory { get; set; }
}
