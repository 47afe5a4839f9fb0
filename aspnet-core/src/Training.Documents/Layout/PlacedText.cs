using SkiaSharp;
using Training.Documents.Rendering;
using Training.Documents.Text;

namespace Training.Documents.Layout;

internal enum TextAlign { Left, Center, Right, Justify }

/// <summary>Lines of one shaped text in a box: each line box is <see cref="LineHeight"/> tall, starting at <see cref="Top"/>.</summary>
internal sealed class PlacedText : Placed
{
    public required ShapedText Text { get; init; }
    public required IReadOnlyList<TextLine> Lines { get; init; }
    public required bool Bold { get; init; }
    public required float Size { get; init; }
    public required float LineHeight { get; init; }
    public required float X { get; init; }
    public required float Top { get; init; }
    public required float Width { get; init; }
    public SKColor Color { get; init; } = Styles.Text;
    public TextAlign Align { get; init; }

    /// <summary>Indent of the first line (two characters in a 公文 paragraph); the first line is that much narrower.</summary>
    public float FirstIndent { get; init; }

    /// <summary>The text's last line is the paragraph's last: it is not justified.</summary>
    public bool EndsParagraph { get; init; } = true;

    public override void Draw(RenderContext context, SKCanvas canvas)
    {
        var baseline = context.Baseline(Bold, Size, Top, LineHeight);
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var indent = i == 0 ? FirstIndent : 0;
            var room = Width - indent;
            var x = X + indent + Align switch
            {
                TextAlign.Center => (room - line.Width) / 2,
                TextAlign.Right => room - line.Width,
                _ => 0,
            };
            var extra = 0f;
            if (Align == TextAlign.Justify && (i < Lines.Count - 1 || !EndsParagraph) && RenderContext.Gaps(Text, line) is > 0 and var gaps)
            {
                extra = (room - line.Width) / gaps;
                if (extra > Size * 0.6f) extra = 0;   // a line cut short by a long word stays ragged, not gappy
            }
            context.DrawLine(canvas, Text, line, Bold, Size, x, baseline + i * LineHeight, Color, extra);
        }
    }
}
