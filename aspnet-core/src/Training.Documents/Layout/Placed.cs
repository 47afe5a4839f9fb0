using SkiaSharp;
using Training.Documents.Rendering;

namespace Training.Documents.Layout;

/// <summary>Something laid out on a page at its final position, drawn in the drawing pass.</summary>
internal abstract class Placed
{
    public abstract void Draw(RenderContext context, SKCanvas canvas);

    /// <summary>Table rows this item draws, for progress.</summary>
    public virtual int TableRows => 0;
}

/// <summary>One page: its items in drawing order.</summary>
internal sealed class PageContent
{
    public List<Placed> Items { get; } = [];
    public int TableRows => Items.Sum(i => i.TableRows);
}
