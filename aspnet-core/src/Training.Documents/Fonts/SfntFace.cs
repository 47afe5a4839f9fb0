using System.Buffers.Binary;
using System.Text;

namespace Training.Documents.Fonts;

/// <summary>
/// One face of an OpenType file or collection (.ttc) as its tables, and the writer of a standalone font from them.
/// Enough of the format to extract a face and replace its cmap; glyph data is copied untouched.
/// </summary>
internal sealed class SfntFace
{
    private SfntFace(uint version, SortedDictionary<string, byte[]> tables)
    {
        Version = version;
        Tables = tables;
    }

    /// <summary>0x00010000 (TrueType outlines) or 'OTTO' (CFF).</summary>
    public uint Version { get; }

    /// <summary>Tables by tag, in tag order (the order the directory must list them in).</summary>
    public SortedDictionary<string, byte[]> Tables { get; }

    public static SfntFace Read(byte[] file, int faceIndex)
    {
        var data = file.AsSpan();
        var offset = 0;
        if (Tag(data, 0) == "ttcf")
        {
            var faces = (int)U32(data, 8);
            if (faceIndex < 0 || faceIndex >= faces)
                throw new InvalidDataException($"The collection has {faces} faces; face {faceIndex} does not exist.");
            offset = (int)U32(data, 12 + 4 * faceIndex);
        }
        else if (faceIndex != 0)
            throw new InvalidDataException($"The file is a single font; face {faceIndex} does not exist.");

        var version = U32(data, offset);
        if (version is not (0x00010000 or 0x4F54544F)) throw new InvalidDataException("Not an OpenType font.");
        var count = U16(data, offset + 4);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = offset + 12 + 16 * i;
            var start = (int)U32(data, record + 8);
            var length = (int)U32(data, record + 12);
            tables[Tag(data, record)] = data.Slice(start, length).ToArray();
        }
        return new SfntFace(version, tables);
    }

    /// <summary>A standalone font: directory, tables 4-byte aligned, checksums and head.checkSumAdjustment set.</summary>
    public byte[] Write()
    {
        var count = Tables.Count;
        var entrySelector = (int)Math.Log2(count);
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + 16 * count;
        var total = headerLength + Tables.Values.Sum(t => Align4(t.Length));
        var output = new byte[total];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, Version);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * 16 - searchRange));

        var position = headerLength;
        var headOffset = -1;
        var i = 0;
        foreach (var (tag, table) in Tables)
        {
            if (tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 0);   // checkSumAdjustment is summed as zero
                headOffset = position;
            }
            var record = span[(12 + 16 * i)..];
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(table));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            table.CopyTo(span[position..]);
            position += Align4(table.Length);
            i++;
        }
        if (headOffset >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[whole..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }
        return sum;
    }

    private static int Align4(int length) => (length + 3) & ~3;

    internal static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);

    internal static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    private static string Tag(ReadOnlySpan<byte> data, int offset) => Encoding.ASCII.GetString(data.Slice(offset, 4));
}
