using System.Globalization;

namespace Training.Documents.Fonts;

/// <summary>A face in a font file: <c>/usr/share/fonts/…/NotoSerifCJK-Regular.ttc:2</c> (index 0 when not given).</summary>
internal sealed record FontSource(string Path, int Index)
{
    public static FontSource Parse(string value)
    {
        var colon = value.LastIndexOf(':');
        if (colon > 0 && int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            return new FontSource(value[..colon], index);
        return new FontSource(value, 0);
    }

    public override string ToString() => $"{Path}:{Index}";
}
