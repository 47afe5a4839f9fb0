using System.Globalization;
using SkiaSharp;
using Training.Documents.Blocks;
using Training.Documents.Rendering;

namespace Training.Documents.Layout;

/// <summary>
/// A bar or line chart in its box: title, legend, a value axis on round steps with grid lines, category labels,
/// bars grouped by category (values printed above them while they fit) or one line per series.
/// </summary>
internal sealed class PlacedChart(ChartSpec chart, ChartKind kind, SKRect box) : Placed
{
    private const float TitleSize = 11f;
    private const float LabelSize = 8f;

    public override void Draw(RenderContext context, SKCanvas canvas)
    {
        var y = box.Top;
        context.DrawSingleLine(canvas, chart.Title, true, TitleSize, box.MidX, y + TitleSize, Styles.Text, TextAlign.Center);
        y += TitleSize * 1.8f;
        y = DrawLegend(context, canvas, y);

        var (low, high, step) = Scale(chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0));
        var ticks = new List<double>();
        for (var v = low; v <= high + step / 2; v += step) ticks.Add(v);
        var axisWidth = ticks.Max(t => context.Measure(Format(t), false, LabelSize)) + 6;
        var plot = new SKRect(box.Left + axisWidth, y + 4, box.Right - 4, box.Bottom - LabelSize * 2.6f);
        float Y(double v) => (float)(plot.Bottom - (v - low) / (high - low) * plot.Height);

        using var gridPaint = context.Stroke(Styles.TableBorder.WithAlpha(0x60), 0.4f);
        using var axisPaint = context.Stroke(Styles.Text, 0.8f);
        foreach (var t in ticks)
        {
            canvas.DrawLine(plot.Left, Y(t), plot.Right, Y(t), gridPaint);
            context.DrawSingleLine(canvas, Format(t), false, LabelSize, plot.Left - 4, Y(t) + LabelSize * 0.35f, Styles.Muted, TextAlign.Right);
        }
        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, axisPaint);
        canvas.DrawLine(plot.Left, Y(Math.Max(low, 0)), plot.Right, Y(Math.Max(low, 0)), axisPaint);

        var categories = chart.Categories.Count;
        if (categories == 0) return;
        var slot = plot.Width / categories;
        for (var c = 0; c < categories; c++)
            context.DrawSingleLine(canvas, Fit(context, chart.Categories[c], slot - 2), false, LabelSize, plot.Left + slot * (c + 0.5f),
                plot.Bottom + LabelSize * 1.5f, Styles.Text, TextAlign.Center);

        if (kind == ChartKind.Bar) DrawBars(context, canvas, plot, slot, Y, Math.Max(low, 0));
        else DrawLines(context, canvas, plot, slot, Y);
    }

    private float DrawLegend(RenderContext context, SKCanvas canvas, float y)
    {
        if (chart.Series.Count == 0) return y;
        const float swatch = 8f, gap = 14f;
        var widths = chart.Series.Select(s => swatch + 4 + context.Measure(s.Name, false, LabelSize)).ToArray();
        var x = box.MidX - (widths.Sum() + gap * (widths.Length - 1)) / 2;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            canvas.DrawRect(SKRect.Create(x, y, swatch, swatch), context.Fill(Styles.Series[i % Styles.Series.Length]));
            context.DrawSingleLine(canvas, chart.Series[i].Name, false, LabelSize, x + swatch + 4, y + swatch - 0.8f, Styles.Text);
            x += widths[i] + gap;
        }
        return y + swatch + 6;
    }

    private void DrawBars(RenderContext context, SKCanvas canvas, SKRect plot, float slot, Func<double, float> y, double zero)
    {
        var series = chart.Series.Count;
        if (series == 0) return;
        var bar = slot * 0.7f / series;
        var labels = context.Measure(Format(chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max()), false, LabelSize - 1) <= bar + 4;
        for (var s = 0; s < series; s++)
        {
            var paint = context.Fill(Styles.Series[s % Styles.Series.Length]);
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                var value = chart.Series[s].Values[c];
                var x = plot.Left + slot * c + slot * 0.15f + bar * s;
                float top = y(Math.Max(value, zero)), bottom = y(Math.Min(value, zero));
                canvas.DrawRect(new SKRect(x, top, x + bar, bottom), paint);
                if (labels)
                    context.DrawSingleLine(canvas, Format(value), false, LabelSize - 1, x + bar / 2, top - 2, Styles.Text, TextAlign.Center);
            }
        }
    }

    private void DrawLines(RenderContext context, SKCanvas canvas, SKRect plot, float slot, Func<double, float> y)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = Styles.Series[s % Styles.Series.Length];
            using var stroke = context.Stroke(color, 1.5f);
            using var path = new SKPath();
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                var point = new SKPoint(plot.Left + slot * (c + 0.5f), y(chart.Series[s].Values[c]));
                if (c == 0) path.MoveTo(point); else path.LineTo(point);
            }
            canvas.DrawPath(path, stroke);
            for (var c = 0; c < chart.Categories.Count; c++)
                canvas.DrawCircle(plot.Left + slot * (c + 0.5f), y(chart.Series[s].Values[c]), 2.2f, context.Fill(color));
        }
    }

    /// <summary>Axis bounds on round steps (1, 2, 5 × 10ⁿ), about five of them, always including zero.</summary>
    internal static (double Low, double High, double Step) Scale(IEnumerable<double> values)
    {
        var list = values.Where(double.IsFinite).ToList();
        double min = Math.Min(0, list.DefaultIfEmpty(0).Min()), max = Math.Max(0, list.DefaultIfEmpty(0).Max());
        if (max - min < 1e-9) max = min + 1;
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private string Format(double value) => value.ToString(chart.ValueFormat ?? "0.##", CultureInfo.InvariantCulture);

    /// <summary>A category label cut with … when wider than its slot.</summary>
    private static string Fit(RenderContext context, string text, float width)
    {
        if (context.Measure(text, false, LabelSize) <= width) return text;
        for (var length = text.Length - 1; length > 0; length--)
        {
            var cut = text[..length] + "…";
            if (context.Measure(cut, false, LabelSize) <= width) return cut;
        }
        return "…";
    }
}
