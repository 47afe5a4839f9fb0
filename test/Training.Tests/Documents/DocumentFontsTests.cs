using Microsoft.Extensions.Diagnostics.HealthChecks;
using Training.Documents;
using Training.Documents.Fonts;

namespace Training.Tests.Documents;

/// <summary>Finding the CJK font, deriving it once (cmap without radicals), reusing it, and saying clearly when there is none.</summary>
public sealed class DocumentFontsTests
{
    [Fact]
    public void Should_find_a_cjk_font_through_fontconfig()
    {
        TestFonts.Fonts.Available.ShouldBeTrue(TestFonts.Fonts.Problem);
        TestFonts.Fonts.Problem.ShouldBeNull();
        TestFonts.Fonts.Files.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_derive_a_cmap_without_radicals_or_compatibility_ideographs()
    {
        var derived = File.ReadAllBytes(TestFonts.Fonts.Files[0]);
        var map = CmapTable.Read(SfntFace.Read(derived, 0).Tables["cmap"]);

        map.Keys.ShouldNotContain(c => c >= 0x2F00 && c <= 0x2FDF);     // Kangxi radicals (⼼)
        map.Keys.ShouldNotContain(c => c >= 0x2E80 && c <= 0x2EFF);     // radicals supplement (⻚)
        map.Keys.ShouldNotContain(c => c >= 0xF900 && c <= 0xFAFF && c != 0xFA0E && c != 0xFA0F && c != 0xFA11 && c != 0xFA13
                                       && c != 0xFA14 && c != 0xFA1F && c != 0xFA21 && c != 0xFA23 && c != 0xFA24 && c != 0xFA27
                                       && c != 0xFA28 && c != 0xFA29);
        map.Keys.ShouldNotContain(c => c >= 0x2F800 && c <= 0x2FA1F);
        map.ShouldContainKey('心');
        map.ShouldContainKey('页');
        map.ShouldContainKey('A');
        map.Count(e => e.Value == map['心']).ShouldBe(1);                // 心 is the only code point of its glyph
    }

    [Fact]
    public void Should_show_that_the_source_font_maps_radicals_to_ideograph_glyphs()
    {
        // The problem the derivation solves, on the source face: ⼼ and 心 share a glyph there.
        var source = FontLocator.Regular(new DocumentFontOptions()).First();
        var map = CmapTable.Read(SfntFace.Read(File.ReadAllBytes(source.Path), source.Index).Tables["cmap"]);
        map[0x2F3C].ShouldBe(map['心']);
    }

    [Fact]
    public void Should_derive_once_and_reuse_the_cached_font()
    {
        var cache = Directory.CreateTempSubdirectory("training-fonts-").FullName;
        try
        {
            using var first = DocumentFonts.Load(new DocumentFontOptions { CacheDirectory = cache });
            first.Derived.ShouldBeTrue();
            using var second = DocumentFonts.Load(new DocumentFontOptions { CacheDirectory = cache });
            second.Derived.ShouldBeFalse();
            second.Files.ShouldBe(first.Files);
            Directory.GetFiles(cache, "*.tmp").ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Should_take_a_configured_path_with_a_face_index()
    {
        var source = FontLocator.Regular(new DocumentFontOptions()).First();
        using var fonts = DocumentFonts.Load(new DocumentFontOptions { RegularPath = source.ToString(), BoldPath = source.ToString() });
        fonts.Available.ShouldBeTrue(fonts.Problem);
    }

    [Fact]
    public async Task Should_report_a_missing_font_with_the_fix_and_fail_the_health_check()
    {
        using var fonts = DocumentFonts.Load(new DocumentFontOptions { RegularPath = "/nonexistent/NotoSerifCJK-Regular.ttc" });
        fonts.Available.ShouldBeFalse();
        fonts.Problem.ShouldNotBeNull().ShouldContain("fonts-noto-cjk");
        Should.Throw<InvalidOperationException>(() => new DocumentRenderer(fonts).Render(new DocumentBuilder().Paragraph("x"), Stream.Null));

        var health = await new DocumentFontsHealthCheck(fonts).CheckHealthAsync(new HealthCheckContext());
        health.Status.ShouldBe(HealthStatus.Unhealthy);
        health.Description.ShouldBe(fonts.Problem);
        (await new DocumentFontsHealthCheck(TestFonts.Fonts).CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public void Should_reject_a_font_without_chinese()
    {
        var latin = Directory.GetFiles("/usr/share/fonts", "DejaVuSans.ttf", SearchOption.AllDirectories).FirstOrDefault();
        latin.ShouldNotBeNull("DejaVu Sans (fonts-dejavu-core) is expected next to the CJK font");
        using var fonts = DocumentFonts.Load(new DocumentFontOptions { RegularPath = latin, CacheDirectory = Path.Combine(Path.GetTempPath(), "training-fonts-test") });
        fonts.Available.ShouldBeFalse();
        fonts.Problem.ShouldNotBeNull().ShouldContain("No CJK font");
    }
}
