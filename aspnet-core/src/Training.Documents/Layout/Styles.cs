using SkiaSharp;

namespace Training.Documents.Layout;

/// <summary>Sizes (points) and colours of every kind of text and rule, in one place.</summary>
internal static class Styles
{
    public static readonly SKColor Text = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor OfficialRed = new(0xD0, 0x10, 0x10);
    public static readonly SKColor Muted = new(0x55, 0x55, 0x55);
    public static readonly SKColor Rule = new(0x99, 0x99, 0x99);
    public static readonly SKColor TableBorder = new(0x80, 0x80, 0x80);
    public static readonly SKColor TableHeaderFill = new(0xE4, 0xE8, 0xEE);
    public static readonly SKColor ZebraFill = new(0xF4, 0xF5, 0xF7);
    public static readonly SKColor TotalFill = new(0xEC, 0xEC, 0xEC);
    public static readonly SKColor Watermark = new(0x80, 0x80, 0x80, 0x40);

    /// <summary>Chart series colours: distinguishable in print and in grey.</summary>
    public static readonly SKColor[] Series =
    [
        new(0xC0, 0x39, 0x2B), new(0x1F, 0x4E, 0x79), new(0xE6, 0x9F, 0x00), new(0x2E, 0x7D, 0x32), new(0x6A, 0x4C, 0x93), new(0x7F, 0x7F, 0x7F),
    ];

    public const float IssuingBodySize = 26f;
    public const float NumberSize = 12f;
    public const float TitleSize = 20f;
    public const float BodySize = 12f;
    public const float BodyLineHeight = 1.7f;
    public const float TableSize = 9f;
    public const float TableLineHeight = 1.3f;
    public const float TablePaddingX = 4f;
    public const float TablePaddingY = 2.5f;
    public const float FooterSize = 8.5f;
    public const float CaptionSize = 10f;
    public const float WatermarkSize = 110f;

    public static float HeadingSize(int level) => level switch { 1 => 15f, 2 => 13.5f, _ => 12f };
}
