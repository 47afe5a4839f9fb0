namespace Training.Documents.Layout;

/// <summary>A4 portrait in points, with the margins of a printed bulletin; the footer sits in the bottom margin.</summary>
internal static class PageGeometry
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float MarginLeft = 62f;
    public const float MarginRight = 62f;
    public const float MarginTop = 56f;
    public const float MarginBottom = 64f;
    public const float ContentWidth = Width - MarginLeft - MarginRight;
    public const float ContentBottom = Height - MarginBottom;
    public const float ContentHeight = ContentBottom - MarginTop;
}
