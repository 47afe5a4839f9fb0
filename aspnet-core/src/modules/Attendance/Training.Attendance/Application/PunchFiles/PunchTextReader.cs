using System.Text;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// Streams the lines of an attlog or .csv punch file: a UTF-8 byte order mark is dropped, CRLF and LF both end a line,
/// blank lines are skipped (their numbers still count), and each line is cut into cells — at tabs for attlog (trailing
/// columns tolerated), at the mapping's delimiter for .csv (double quotes as RFC 4180, within one line).
/// </summary>
internal static class PunchTextReader
{
    public static IEnumerable<PunchFileLine> ReadAttlog(Stream file) => Read(file, PunchFields.Attlog, '\t', headerRows: 0);

    public static IEnumerable<PunchFileLine> ReadCsv(Stream file, Domain.PunchColumnMapping mapping) =>
        Read(file, PunchFields.From(mapping), mapping.Delimiter[0], mapping.HeaderRows);

    /// <summary>Lines in a file's bytes (a last line without a newline counts): the total the progress bar runs to.</summary>
    public static int CountLines(ReadOnlySpan<byte> file)
    {
        var count = file.Count((byte)'\n');
        return file.Length > 0 && file[^1] != (byte)'\n' ? count + 1 : count;
    }

    private static IEnumerable<PunchFileLine> Read(Stream file, PunchFields fields, char delimiter, int headerRows)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var cells = new List<string?>(8);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (number <= headerRows) continue;
            if (number == 1 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..]; // a second BOM, or one the reader kept
            if (string.IsNullOrWhiteSpace(line)) continue;
            cells.Clear();
            if (delimiter == '\t' || !line.Contains('"')) Split(line, delimiter, cells);
            else SplitQuoted(line, delimiter, cells);
            yield return fields.Read(number, line, cells);
        }
    }

    private static void Split(string line, char delimiter, List<string?> cells)
    {
        var start = 0;
        for (var i = line.IndexOf(delimiter); i >= 0; i = line.IndexOf(delimiter, start))
        {
            cells.Add(line[start..i]);
            start = i + 1;
        }
        cells.Add(line[start..]);
    }

    private static void SplitQuoted(string line, char delimiter, List<string?> cells)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
    }
}
