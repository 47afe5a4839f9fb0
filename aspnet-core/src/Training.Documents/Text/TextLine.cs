namespace Training.Documents.Text;

/// <summary>One line of a shaped text: glyphs [Start, End) without trailing spaces, and their width in points.</summary>
internal readonly record struct TextLine(int Start, int End, float Width);
