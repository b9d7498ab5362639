using System.Collections.Concurrent;
using SkiaSharp;

namespace PrepPack.Layout.Text;

/// <summary>
/// Finds font faces by family and style: first in the user's font folders (templates/fonts),
/// then among the faces shipped with the program, then among the fonts installed on the
/// machine. Never guesses a default font: a family that is not found is reported by name.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly List<FolderFace> _folderFaces = [];
    private readonly List<string> _unreadable = [];
    private readonly IReadOnlyList<BundledFace> _bundled;
    private readonly ConcurrentDictionary<(string, bool, bool), FontFace?> _faces = new();

    public FontLibrary(IEnumerable<string> fontFolders, IReadOnlyList<BundledFace>? bundled = null)
    {
        _bundled = bundled ?? [];
        foreach (var folder in fontFolders.Where(Directory.Exists))
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!IsFontFile(file))
                continue;
            using var typeface = SKTypeface.FromFile(file);
            if (typeface is null)
            {
                _unreadable.Add(file);
                continue;
            }
            _folderFaces.Add(
                new FolderFace(
                    typeface.FamilyName,
                    typeface.FontStyle.Weight >= 600,
                    typeface.FontStyle.Slant != SKFontStyleSlant.Upright,
                    file
                )
            );
        }
    }

    /// <summary>The font files (.ttf, .otf) in the folders that could not be read as fonts, so none of their faces
    /// is used.</summary>
    public IReadOnlyList<string> Unreadable => _unreadable;

    /// <summary>The face of the family in the style asked for, or its regular face, or null.</summary>
    public FontFace? Find(string family, bool bold, bool italic)
    {
        var key = (family.ToLowerInvariant(), bold, italic);
        if (!_faces.TryGetValue(key, out var face))
            // Documents are laid out in parallel; a face must be loaded once, not once per thread.
            lock (_faces)
                if (!_faces.TryGetValue(key, out face))
                    _faces[key] = face = Load(family, bold, italic);
        return face ?? (bold || italic ? Find(family, false, false) : null);
    }

    public bool Has(string family) => Find(family, false, false) is not null;

    private FontFace? Load(string family, bool bold, bool italic)
    {
        var inFolder = _folderFaces.FirstOrDefault(f =>
            string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase) && f.Bold == bold && f.Italic == italic
        );
        if (inFolder is not null)
            return new FontFace(inFolder.Family, bold, italic, File.ReadAllBytes(inFolder.Path), 0, inFolder.Path);
        var shipped = _bundled.FirstOrDefault(f =>
            string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase) && f.Bold == bold && f.Italic == italic
        );
        if (shipped is not null)
            return new FontFace(shipped.Family, bold, italic, shipped.Load(), 0, $"{shipped.Name} (bundled)");
        if (_bundled.Any(f => string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase)))
            return null;

        var style = new SKFontStyle(
            bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal,
            SKFontStyleWidth.Normal,
            italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright
        );
        using var typeface = SKFontManager.Default.MatchFamily(family, style);
        // The font manager substitutes another family rather than fail; that is not what was asked.
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            return null;
        if (
            (typeface.FontStyle.Weight >= 600) != bold
            || (typeface.FontStyle.Slant != SKFontStyleSlant.Upright) != italic
        )
            return null;
        using var stream = typeface.OpenStream(out var index);
        using var data = SKData.Create(stream);
        return new FontFace(
            typeface.FamilyName,
            bold,
            italic,
            data.ToArray(),
            index,
            $"{typeface.FamilyName} (system)"
        );
    }

    private static bool IsFontFile(string path) =>
        path.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".otf", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        foreach (var face in _faces.Values)
            face?.Dispose();
        _faces.Clear();
    }

    private sealed record FolderFace(string Family, bool Bold, bool Italic, string Path);
}
