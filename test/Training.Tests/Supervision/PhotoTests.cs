using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using SkiaSharp;
using Training.Supervision;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;

namespace Training.Tests.Supervision;

/// <summary>
/// A finding's photo on SQLite and PostgreSQL: a phone's JPEG with a GPS location and a "turned a quarter" orientation
/// in its EXIF is stored upright, re-encoded, with no EXIF left (read back with MetadataExtractor); the same upload
/// again is stored once; what is not a photo is refused by its content.
/// </summary>
public abstract class PhotoTests(FindingsAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_store_a_photo_upright_without_its_EXIF_location_and_only_once()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var finding = await RecordAsync(inspector);
        var phone = PhoneJpeg(width: 40, height: 20);
        ImageMetadataReader.ReadMetadata(new MemoryStream(phone)).OfType<GpsDirectory>().ShouldHaveSingleItem(); // the test's photo has a location

        var first = await inspector.PostMultipartAsync<FindingDto>($"/api/supervision/findings/{finding.Id}/photos", Form(phone, "IMG_0001.JPG"));
        var again = await inspector.PostMultipartAsync<FindingDto>($"/api/supervision/findings/{finding.Id}/photos", Form(phone, "IMG_0001.JPG"));
        var photo = first.Photos.ShouldHaveSingleItem();
        var stored = await (await inspector.Http.GetAsync($"/api/supervision/findings/{finding.Id}/photos/{photo.FileId}")).Content.ReadAsByteArrayAsync();

        again.Photos.ShouldHaveSingleItem().FileId.ShouldBe(photo.FileId);
        photo.FileName.ShouldBe("IMG_0001.jpg");
        (photo.Width, photo.Height).ShouldBe((20, 40)); // orientation 6 applied to the pixels
        var metadata = ImageMetadataReader.ReadMetadata(new MemoryStream(stored));
        metadata.OfType<GpsDirectory>().ShouldBeEmpty();
        metadata.OfType<ExifIfd0Directory>().ShouldBeEmpty();
        using var upright = SKBitmap.Decode(stored);
        (upright.Width, upright.Height).ShouldBe((20, 40));
    }

    [Fact]
    public async Task Should_refuse_what_is_not_a_photo_by_its_content()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var finding = await RecordAsync(inspector);
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

        var refused = await inspector.Http.PostAsync($"/api/supervision/findings/{finding.Id}/photos", Form(pdf, "photo.jpg"));

        await CasesTests.ShouldBeRefusedAsync(refused, HttpStatusCode.UnsupportedMediaType, SupervisionErrorCodes.NotAPhoto);
    }

    private async Task<FindingDto> RecordAsync(ApiClient inspector)
    {
        var item = await FindingsTests.ItemAsync(inspector, "YRYB-01");
        return await inspector.PostAsync<FindingDto>("/api/supervision/findings", new RecordFindingInput(FindingTarget.Person, item.Id,
            Inspection: new QuickInspectionInput(InspectionKind.Open, Training.SharedKernel.Time.BusinessDates.Today(fixture.Clock), await _app.HallIdAsync("SZX")),
            StaffId: await _app.StaffIdAsync(Demo.Staff)));
    }

    private static MultipartFormDataContent Form(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>A JPEG as a phone writes it: an APP1 EXIF segment right after SOI with an orientation (6) and a GPS latitude.</summary>
    internal static byte[] PhoneJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            canvas.DrawRect(0, 0, width / 2f, height, new SKPaint { Color = SKColors.OrangeRed });
        }
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = encoded.ToArray();
        var exif = Exif();
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + exif.Length));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>"Exif\0\0", a little-endian TIFF header, IFD0 (orientation, the GPS pointer) and a GPS IFD (N 31° 14′).</summary>
    private static byte[] Exif()
    {
        var tiff = new byte[92];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], 2); // IFD0 at 8: two entries
        Entry(s[10..], 0x0112, 3, 1, 6);                      // Orientation: 6 (turn clockwise to view)
        Entry(s[22..], 0x8825, 4, 1, 38);                     // GPSInfo IFD at 38
        BinaryPrimitives.WriteUInt32LittleEndian(s[34..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(s[38..], 2); // GPS IFD at 38: two entries
        Entry(s[40..], 0x0001, 2, 2, 'N');                    // GPSLatitudeRef "N"
        Entry(s[52..], 0x0002, 5, 3, 68);                     // GPSLatitude: three rationals at 68
        BinaryPrimitives.WriteUInt32LittleEndian(s[64..], 0);
        uint[] rationals = [31, 1, 14, 1, 0, 1];
        for (var i = 0; i < rationals.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(s[(68 + 4 * i)..], rationals[i]);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PhotoTests_Sqlite(SqliteFindingsAppFixture fixture) : PhotoTests(fixture), IClassFixture<SqliteFindingsAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class PhotoTests_PostgreSql(PostgreSqlFindingsAppFixture fixture) : PhotoTests(fixture), IClassFixture<PostgreSqlFindingsAppFixture>;
