namespace Training.Documents.Blocks;

/// <summary>One described part of a document, in reading order; the renderer lays these out.</summary>
internal abstract record Block;

internal sealed record OfficialHeaderBlock(string IssuingBody, string? Number, DateOnly Date) : Block;

internal sealed record TitleBlock(string Text) : Block;

internal sealed record HeadingBlock(string Text, int Level) : Block;

internal sealed record ParagraphBlock(string Text) : Block;

internal sealed record ListBlock(IReadOnlyList<string> Items, bool Ordered) : Block;

internal sealed record ImageBlock(byte[] EncodedImage, float WidthPoints) : Block;

internal sealed record ChartBlock(ChartSpec Chart, ChartKind Kind) : Block;

internal enum ChartKind { Bar, Line }

internal sealed record QrCodeBlock(string Text, float SizePoints, string? Caption) : Block;

internal sealed record SpacerBlock(float Points) : Block;

internal sealed record PageBreakBlock : Block;
