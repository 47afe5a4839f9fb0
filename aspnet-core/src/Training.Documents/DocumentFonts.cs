using System.Diagnostics;
using Training.Documents.Fonts;

namespace Training.Documents;

/// <summary>
/// The document fonts of this process: found once, derived once (a standalone OpenType file whose cmap has no radical
/// or compatibility code points, so PDF text extracts as written), kept as Skia typefaces and HarfBuzz fonts.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private const string Fix = "install fonts-noto-cjk or set Documents:Fonts:RegularPath";
    private readonly FontFace? regular;
    private readonly FontFace? bold;

    private DocumentFonts(FontFace? regular, FontFace? bold, string? problem, TimeSpan loadTime, bool derived)
    {
        this.regular = regular;
        this.bold = bold;
        Problem = problem;
        LoadTime = loadTime;
        Derived = derived;
    }

    /// <summary>Finds and derives the fonts; never throws for a missing font: <see cref="Problem"/> says what is wrong.</summary>
    public static DocumentFonts Load(DocumentFontOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = Stopwatch.GetTimestamp();
        var cache = string.IsNullOrWhiteSpace(options.CacheDirectory) ? DerivedFontCache.DefaultDirectory : options.CacheDirectory;
        FontFace? regular = null;
        try
        {
            var (regularFace, regularSource, madeRegular, regularProblem) = LoadFirstCjk(FontLocator.Regular(options), cache);
            if (regularFace is null)
                return new DocumentFonts(null, null, regularProblem ?? $"No CJK font found: {Fix}.", Stopwatch.GetElapsedTime(started), false);
            regular = regularFace;
            var (boldFace, _, madeBold, _) = LoadFirstCjk(FontLocator.Bold(options).Where(s => s != regularSource), cache);
            // No separate bold face: Skia thickens the regular one, which reads as bold in print.
            boldFace ??= new FontFace(regular.Path, embolden: true);
            return new DocumentFonts(regular, boldFace, null, Stopwatch.GetElapsedTime(started), madeRegular || madeBold);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            regular?.Dispose();
            return new DocumentFonts(null, null, $"The document font could not be prepared ({e.Message}): {Fix}.", Stopwatch.GetElapsedTime(started), false);
        }
    }

    private static (FontFace? Face, FontSource? Source, bool Made, string? Problem) LoadFirstCjk(IEnumerable<FontSource> candidates, string cache)
    {
        string? problem = null;
        foreach (var source in candidates)
        {
            var (path, made, _) = DerivedFontCache.Get(source, cache);
            var face = new FontFace(path, embolden: false);
            if (face.HasGlyph('中') && face.HasGlyph('心')) return (face, source, made, null);
            face.Dispose();
            problem = $"No CJK font found ({source} has no Chinese characters): {Fix}.";
        }
        return (null, null, false, problem);
    }

    public bool Available => regular is not null;

    /// <summary>Why no document can be rendered, for the health check and the log; null when <see cref="Available"/>.</summary>
    public string? Problem { get; }

    /// <summary>How long <see cref="Load"/> took (finding, deriving or reusing the cached fonts, opening them).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Load wrote a derived font (the first start on this machine, or the font changed).</summary>
    public bool Derived { get; }

    /// <summary>The derived font files in use (regular, bold), for logs and the bench.</summary>
    public IReadOnlyList<string> Files => regular is null ? [] : [regular.Path, bold!.Path];

    internal FontFace Regular => regular ?? throw new InvalidOperationException(Problem);
    internal FontFace Bold => bold ?? throw new InvalidOperationException(Problem);

    public void Dispose()
    {
        regular?.Dispose();
        bold?.Dispose();
    }
}
