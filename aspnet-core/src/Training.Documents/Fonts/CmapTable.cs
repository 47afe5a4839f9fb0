using System.Buffers.Binary;

namespace Training.Documents.Fonts;

/// <summary>
/// Reads a font's Unicode mapping (the best of its cmap subtables) and writes a new cmap with one format-12 subtable,
/// which FreeType, HarfBuzz and Skia all prefer to format 4.
/// </summary>
internal static class CmapTable
{
    /// <summary>Code point → glyph, from the (3,10) or (0,4) format-12 subtable, else the (3,1) or (0,3) format-4 one.</summary>
    public static SortedDictionary<int, int> Read(ReadOnlySpan<byte> cmap)
    {
        var count = SfntFace.U16(cmap, 2);
        int? full = null, bmp = null;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + 8 * i;
            var platform = SfntFace.U16(cmap, record);
            var encoding = SfntFace.U16(cmap, record + 2);
            var offset = (int)SfntFace.U32(cmap, record + 4);
            var format = SfntFace.U16(cmap, offset);
            if (format == 12 && ((platform == 3 && encoding == 10) || (platform == 0 && encoding is 4 or 6))) full ??= offset;
            if (format == 4 && ((platform == 3 && encoding == 1) || (platform == 0 && encoding <= 3))) bmp ??= offset;
        }
        if (full is { } f) return ReadFormat12(cmap[f..]);
        if (bmp is { } b) return ReadFormat4(cmap[b..]);
        throw new InvalidDataException("The font has no Unicode cmap.");
    }

    private static SortedDictionary<int, int> ReadFormat12(ReadOnlySpan<byte> table)
    {
        var map = new SortedDictionary<int, int>();
        var groups = SfntFace.U32(table, 12);
        for (var g = 0; g < groups; g++)
        {
            var start = (int)SfntFace.U32(table, 16 + 12 * g);
            var end = (int)SfntFace.U32(table, 20 + 12 * g);
            var glyph = (int)SfntFace.U32(table, 24 + 12 * g);
            for (var c = start; c <= end; c++) map[c] = glyph + (c - start);
        }
        return map;
    }

    private static SortedDictionary<int, int> ReadFormat4(ReadOnlySpan<byte> table)
    {
        var map = new SortedDictionary<int, int>();
        var segments = SfntFace.U16(table, 6) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int start = SfntFace.U16(table, starts + 2 * s), end = SfntFace.U16(table, ends + 2 * s);
            var delta = (short)SfntFace.U16(table, deltas + 2 * s);
            var rangeOffset = SfntFace.U16(table, rangeOffsets + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = SfntFace.U16(table, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) map[c] = glyph;
            }
        }
        return map;
    }

    /// <summary>A cmap table with a format-12 subtable listed for (0,4) and (3,10).</summary>
    public static byte[] Write(SortedDictionary<int, int> map)
    {
        var groups = new List<(int Start, int End, int Glyph)>();
        foreach (var (code, glyph) in map)
        {
            if (groups.Count > 0 && groups[^1] is var last && last.End + 1 == code && last.Glyph + (code - last.Start) == glyph)
                groups[^1] = last with { End = code };
            else groups.Add((code, code, glyph));
        }
        const int header = 4 + 2 * 8;
        var subtableLength = 16 + 12 * groups.Count;
        var output = new byte[header + subtableLength];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 2);
        WriteRecord(span[4..], 0, 4, header);
        WriteRecord(span[12..], 3, 10, header);
        var sub = span[header..];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 12);
        BinaryPrimitives.WriteUInt32BigEndian(sub[4..], (uint)subtableLength);
        BinaryPrimitives.WriteUInt32BigEndian(sub[12..], (uint)groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(sub[(16 + 12 * g)..], (uint)groups[g].Start);
            BinaryPrimitives.WriteUInt32BigEndian(sub[(20 + 12 * g)..], (uint)groups[g].End);
            BinaryPrimitives.WriteUInt32BigEndian(sub[(24 + 12 * g)..], (uint)groups[g].Glyph);
        }
        return output;
    }

    private static void WriteRecord(Span<byte> record, ushort platform, ushort encoding, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(record, platform);
        BinaryPrimitives.WriteUInt16BigEndian(record[2..], encoding);
        BinaryPrimitives.WriteUInt32BigEndian(record[4..], (uint)offset);
    }
}
