using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Training.Documents.Fonts;

/// <summary>
/// The derived fonts on disk: one standalone OpenType file per source face, named by a hash of the source's path,
/// face, size and modification time (a font update makes a new file). Written under a temporary name and renamed, so
/// processes starting together each write a whole file and any of them wins.
/// </summary>
internal static class DerivedFontCache
{
    /// <summary>Bump when the derivation changes, so old files are not reused.</summary>
    private const int DerivationVersion = 1;

    public static string DefaultDirectory => Path.Combine(Path.GetTempPath(), "training-fonts");

    /// <summary>The derived file for a face, made now if it is not on disk yet; also says whether it was made.</summary>
    public static (string Path, bool Made, TimeSpan Took) Get(FontSource source, string directory)
    {
        var started = Stopwatch.GetTimestamp();
        var info = new FileInfo(source.Path);
        if (!info.Exists) throw new FileNotFoundException($"Font file not found: {source.Path}", source.Path);
        var key = $"{info.FullName}|{source.Index}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{DerivationVersion}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var path = System.IO.Path.Combine(directory, $"{System.IO.Path.GetFileNameWithoutExtension(source.Path)}-{source.Index}-{hash}.otf");
        if (File.Exists(path)) return (path, false, Stopwatch.GetElapsedTime(started));

        Directory.CreateDirectory(directory);
        var face = SfntFace.Read(File.ReadAllBytes(source.Path), source.Index);
        if (!face.Tables.TryGetValue("cmap", out var cmap)) throw new InvalidDataException($"{source} has no cmap.");
        face.Tables.Remove("DSIG");   // a signature of the original tables, void once the cmap changes
        face.Tables["cmap"] = CmapTable.Write(CompatibilityCodePoints.Remove(CmapTable.Read(cmap)));
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, face.Write());
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return (path, true, Stopwatch.GetElapsedTime(started));
    }
}
