using MiniExcelLibs;

namespace Training.ArchTests.KnownBad;

/// <summary>
/// What no module may do: read an uploaded spreadsheet with the library itself, past the shared import reader's limits
/// (decompressed size, dimension, rows, cell length). The architecture test expects its rule to fail here.
/// </summary>
public static class LearningReadingASpreadsheetDirectly
{
    public static int Rows(byte[] file) => MiniExcel.Query(new MemoryStream(file)).Count();
}
