using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Imports;
using Training.Tests.Infrastructure;

namespace Training.Tests.SharedKernel;

/// <summary>
/// The shared import reader refuses hostile spreadsheets before it reads them, in bounded time and memory (measured
/// here exactly: the checks are synchronous, so the current thread's allocations are all of them).
/// </summary>
public sealed class ImportReaderTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private static readonly ImportSheet Sheet = new("人员", "Staff", [new("staffNumber", "工号", "Staff number", true, "S0001"), new("name", "姓名", "Name", false, "张伟")]);

    private static (BusinessException Refusal, TimeSpan Took, long Allocated) Open(byte[] file, ImportLimits? limits = null)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var refusal = Should.Throw<BusinessException>(() =>
        {
            var workbook = ImportWorkbook.Open(file, limits ?? ImportLimits.Default);
            workbook.Read(Sheet, new ImportErrors(new ErrorLocalizer([new CommonErrorCatalog()])));
        });
        return (refusal, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_refuse_a_sparse_sheet_in_bounded_time_and_memory(bool withDimension)
    {
        var (refusal, took, allocated) = Open(Xlsx.Sparse("人员", withDimension));

        refusal.Code.ShouldBe(CommonErrorCodes.TooManyRows);
        refusal.Kind.ShouldBe(ErrorKind.InvalidFileContent);
        took.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        allocated.ShouldBeLessThan(HundredMegabytes);
    }

    [Fact]
    public void Should_refuse_a_sheet_wider_than_the_column_limit()
    {
        var file = Xlsx.Raw("人员", s => s.Write(Encoding.UTF8.GetBytes(
            """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>""")));

        var (refusal, _, _) = Open(file);

        refusal.Code.ShouldBe(CommonErrorCodes.TooManyColumns);
        refusal.Args.ShouldBe(["人员", 100]);
    }

    [Fact]
    public void Should_refuse_a_zip_bomb_by_its_unpacked_size_in_bounded_time_and_memory()
    {
        var file = Xlsx.Bomb("人员", 200);

        var (refusal, took, allocated) = Open(file);

        file.Length.ShouldBeLessThan(1024 * 1024); // about 1000:1
        refusal.Code.ShouldBe(CommonErrorCodes.UnpackedTooLarge);
        refusal.Kind.ShouldBe(ErrorKind.TooLarge);
        took.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        allocated.ShouldBeLessThan(HundredMegabytes);
    }

    [Fact]
    public void Should_refuse_a_part_compressed_beyond_the_ratio_even_below_the_size_limit()
    {
        var (refusal, took, allocated) = Open(Xlsx.Bomb("人员", 20));

        refusal.Code.ShouldBe(CommonErrorCodes.PackageSuspicious);
        took.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        allocated.ShouldBeLessThan(HundredMegabytes);
    }

    /// <summary>A header can lie: the part's declared sizes say 1 KB, the bytes unpack to 200 MB. The real bytes are counted.</summary>
    [Fact]
    public void Should_count_the_bytes_a_part_really_unpacks_to_not_the_size_it_declares()
    {
        var file = LieAboutSizes(Xlsx.Bomb("人员", 200), "xl/worksheets/sheet1.xml", 1024);

        var (refusal, took, allocated) = Open(file);

        refusal.Code.ShouldBeOneOf(CommonErrorCodes.UnpackedTooLarge, CommonErrorCodes.PackageSuspicious, CommonErrorCodes.CellTooLong,
            CommonErrorCodes.FileTypeNotAllowed);
        took.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        allocated.ShouldBeLessThan(HundredMegabytes);
    }

    [Fact]
    public void Should_refuse_an_over_long_cell_naming_where_it_is()
    {
        var inline = Xlsx.Raw("人员", s => s.Write(Encoding.UTF8.GetBytes(
            $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>S1</t></is></c><c r="B2" t="inlineStr"><is><t>{new string('长', 5000)}</t></is></c></row></sheetData></worksheet>""")));
        var value = Xlsx.Build(("人员", ["工号", "姓名"], [["S1", new string('长', 5000)]]));

        var (fromInline, _, _) = Open(inline);
        var (fromValue, _, _) = Open(value);

        fromInline.Code.ShouldBe(CommonErrorCodes.CellTooLong);
        fromInline.Args.ShouldBe(["人员!B2", 4000]);
        fromValue.Code.ShouldBe(CommonErrorCodes.CellTooLong);
        fromValue.Args.ShouldBe(["人员!B2", 4000]);
        var shared = Xlsx.Raw("人员", s => s.Write(Encoding.UTF8.GetBytes(
                """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""")),
            $"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>工号</t></si><si><r><t>{new string('长', 3000)}</t></r><r><t>{new string('长', 3000)}</t></r></si></sst>""");
        var (fromShared, _, _) = Open(shared);
        fromShared.Code.ShouldBe(CommonErrorCodes.CellTooLong); // one shared string of two runs, 6000 characters together
        fromShared.Args.ShouldBe(["sharedStrings #2", 4000]);
    }

    [Fact]
    public void Should_stop_reading_at_the_row_limit_of_the_whole_file()
    {
        var file = Xlsx.Build(("人员", ["工号", "姓名"], Enumerable.Range(1, 11).Select(i => new string?[] { $"S{i}", "某人" }).ToArray()));
        var limits = ImportLimits.Default with { MaxRows = 10 };

        var refusal = Should.Throw<BusinessException>(() =>
            ImportWorkbook.Open(file, limits).Read(Sheet, new ImportErrors(new ErrorLocalizer([new CommonErrorCatalog()]))));
        var ten = ImportWorkbook.Open(file, limits with { MaxRows = 11 }).Read(Sheet, new ImportErrors(new ErrorLocalizer([new CommonErrorCatalog()])));

        refusal.Code.ShouldBe(CommonErrorCodes.TooManyRows);
        refusal.Args.ShouldBe([10]);
        ten.Count.ShouldBe(11);
        ten[^1].Number.ShouldBe(12);
    }

    [Fact]
    public void Should_write_templates_whose_examples_only_the_notes_sheet_holds()
    {
        var template = Spreadsheet.Template(Sheet);
        var errors = new ImportErrors(new ErrorLocalizer([new CommonErrorCatalog()]));

        var workbook = ImportWorkbook.Open(template, ImportLimits.Default);
        var rows = workbook.Read(Sheet, errors);
        var empty = Should.Throw<BusinessException>(workbook.ThrowIfNoRows);
        var notes = MiniExcel.Query(new MemoryStream(template), useHeaderRow: false, sheetName: Spreadsheet.NotesSheet)
            .Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString()).ToList();

        MiniExcel.GetSheetNames(new MemoryStream(template)).ShouldBe(["人员", Spreadsheet.NotesSheet]);
        errors.Count.ShouldBe(0); // the headers are all there
        rows.ShouldBeEmpty();
        empty.Code.ShouldBe(CommonErrorCodes.ImportEmpty);
        empty.Kind.ShouldBe(ErrorKind.InvalidFileContent);
        notes.ShouldContain("S0001");
        notes.ShouldContain("工号 Staff number");
    }

    [Fact]
    public void Should_refuse_what_is_not_an_xlsx_package()
    {
        Open("工号,姓名\nS1,张三"u8.ToArray()).Refusal.Code.ShouldBe(CommonErrorCodes.FileTypeNotAllowed);
        Open(PlainZip()).Refusal.Code.ShouldBe(CommonErrorCodes.FileTypeNotAllowed);
    }

    [Fact]
    public void Should_tell_office_files_by_their_package_never_by_their_name()
    {
        var xlsx = Xlsx.Build(("人员", ["工号"], [["S1"]]));

        FileInspector.Detect(xlsx).ShouldBe(FileKind.Xlsx);
        FileInspector.Detect(Office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml"))
            .ShouldBe(FileKind.Docx);
        FileInspector.Detect(Office("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "ppt/presentation.xml"))
            .ShouldBe(FileKind.Pptx);
        FileInspector.Detect(Office("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xl/workbook.xml")).ShouldBe(FileKind.Zip); // .xlsm
        FileInspector.Detect(Office("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/missing.xml", "xl/workbook.xml"))
            .ShouldBe(FileKind.Zip); // the main part named is not there
        FileInspector.Detect(PlainZip()).ShouldBe(FileKind.Zip);
        FileInspector.Detect("PK\u0003\u0004 not really a zip"u8.ToArray()).ShouldBeNull();
        FileInspector.Detect([0x4D, 0x5A, 0x90, 0x00]).ShouldBeNull();
        FileInspector.Detect("%PDF-1.4"u8.ToArray()).ShouldBe(FileKind.Pdf);
        FileInspector.Extension(FileKind.Xlsx).ShouldBe(".xlsx");
    }

    [Theory]
    [InlineData("办事指南 2026.exe", ".pdf", "办事指南 2026.pdf")]
    [InlineData("slides.PDF", ".pdf", "slides.pdf")]
    [InlineData("../../etc/passwd", ".txt", "passwd.txt")]
    [InlineData("...", ".png", "file.png")]
    public void Should_store_a_file_under_the_extension_of_its_detected_type(string name, string extension, string stored) =>
        FileNames.Stored(name, extension).ShouldBe(stored);

    private static byte[] PlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var stream = zip.CreateEntry("readme.txt").Open())
            stream.Write("hello"u8);
        return buffer.ToArray();
    }

    private static byte[] Office(string contentType, string partName, string? actualPart = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var stream = zip.CreateEntry("[Content_Types].xml").Open())
                stream.Write(Encoding.UTF8.GetBytes(
                    $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/{partName}" ContentType="{contentType}"/></Types>"""));
            using (var stream = zip.CreateEntry(actualPart ?? partName).Open())
                stream.Write("<x/>"u8);
        }
        return buffer.ToArray();
    }

    /// <summary>Rewrites a part's uncompressed size in its local header and in the central directory.</summary>
    private static byte[] LieAboutSizes(byte[] file, string part, uint size)
    {
        var name = Encoding.UTF8.GetBytes(part);
        var span = file.AsSpan();
        for (var i = 0; i + 46 < span.Length; i++)
        {
            if (span[i..].StartsWith("PK\u0003\u0004"u8) && span.Slice(i + 30, name.Length).SequenceEqual(name))
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(i + 22, 4), size);
            if (span[i..].StartsWith("PK\u0001\u0002"u8) && span.Slice(i + 46, Math.Min(name.Length, span.Length - i - 46)).SequenceEqual(name))
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(i + 24, 4), size);
        }
        return file;
    }
}
