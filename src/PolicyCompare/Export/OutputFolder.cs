using System.Text;

namespace PolicyCompare.Export;

/// <summary>
/// A folder that a PolicyCompare command or library call writes (a report, CSV tables, a synthetic corpus), checked
/// before any work starts and written atomically. The rules, the same for every writer:
/// <list type="bullet">
/// <item>Only a folder that does not exist, is empty, or carries this kind's marker file (<c>.policycompare-&lt;kind&gt;</c>,
/// written into every folder this type writes, listing the files written) is replaced; a marked folder that has gained
/// files PolicyCompare did not write is treated like a folder of someone else's files.</item>
/// <item>Any other non-empty folder is refused, naming it, unless <c>force</c> is given.</item>
/// <item>Even with <c>force</c>, the folder may never be an input path or contain one, be the current folder or one of
/// its ancestors, be the user's home folder or one of its ancestors, be a file, a symbolic link or a file-system
/// root.</item>
/// <item>Content is written into a hidden sibling (<c>.&lt;name&gt;.tmp-&lt;guid&gt;</c>) that is renamed onto the target
/// only when complete; on failure or cancellation the sibling is deleted and an existing folder is left as it was.</item>
/// </list>
/// Paths are compared after resolving symbolic links, case-insensitively where the file system usually is (Windows,
/// macOS).
/// </summary>
public sealed class OutputFolder
{
    // Staging folders of writes in progress in this process, so a process about to end at once can remove them.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Unfinished = new(StringComparer.Ordinal);

    /// <summary>The start of every marker file name; the kind follows (<c>.policycompare-report</c>).</summary>
    public const string MarkerPrefix = ".policycompare-";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private OutputFolder(string givenPath, string fullPath, string kind, IReadOnlyList<string> protectedPaths, bool force)
    {
        GivenPath = givenPath;
        FullPath = fullPath;
        Kind = kind;
        ProtectedPaths = protectedPaths;
        Force = force;
    }

    /// <summary>The folder as the caller gave it (used in messages).</summary>
    public string GivenPath { get; }

    /// <summary>The absolute path of the folder.</summary>
    public string FullPath { get; }

    /// <summary>What is written (<c>report</c>, <c>csv</c>, <c>synth</c> …); names the marker file.</summary>
    public string Kind { get; }

    /// <summary>The name of the marker file written into the folder.</summary>
    public string MarkerFileName => MarkerPrefix + Kind;

    /// <summary>Input files and folders the output may neither be nor contain.</summary>
    public IReadOnlyList<string> ProtectedPaths { get; }

    /// <summary>Whether a non-empty folder that this kind did not write may be replaced.</summary>
    public bool Force { get; }

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Checks that <paramref name="path"/> may be written, before any work starts.</summary>
    /// <param name="path">The output folder (relative to the current folder, or absolute).</param>
    /// <param name="kind">What is written: lowercase letters, digits and '-' (<c>report</c>, <c>csv</c>); names the marker file.</param>
    /// <param name="inputs">Input files and folders the output may neither be nor contain; null for none.</param>
    /// <param name="force">Replace a non-empty folder that this kind did not write (never an input, the current folder or home).</param>
    /// <returns>The checked folder, to <see cref="Write"/> later.</returns>
    /// <exception cref="OutputFolderException">The folder may not be written; the message names it and says why.</exception>
    public static OutputFolder Check(string path, string kind, IEnumerable<string>? inputs = null, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OutputFolderException(path, "The output folder is empty; name a folder, e.g. --out report.");
        }

        if (!kind.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Output kind '{kind}' must be lowercase letters, digits and '-'.", nameof(kind));
        }

        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputFolderException(path, $"{path}: not a usable output folder path ({e.Message}).", e);
        }

        var folder = new OutputFolder(path, full, kind, (inputs ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(Path.GetFullPath).ToArray(), force);
        folder.Verify();
        return folder;
    }

    /// <summary>
    /// Writes the folder: <paramref name="writeContent"/> fills a hidden sibling folder, the marker file is added, and
    /// the sibling is renamed onto the target (an existing folder is moved aside first and deleted once the new one is
    /// in place). The checks of <see cref="Check"/> run again first, since the folder may have changed meanwhile.
    /// </summary>
    /// <param name="writeContent">Writes every file into the folder it is given; it should observe <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Cancels the write; the sibling is removed and the target left untouched.</param>
    /// <exception cref="OutputFolderException">The folder is refused, or writing it failed (the cause is the inner exception).</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled before the folder was put in place.</exception>
    public void Write(Action<string> writeContent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writeContent);
        cancellationToken.ThrowIfCancellationRequested();
        Verify();
        string parent = Path.GetDirectoryName(FullPath)!;
        string name = Path.GetFileName(FullPath);
        string staging = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        Unfinished[staging] = 0;
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            writeContent(staging);
            cancellationToken.ThrowIfCancellationRequested();
            WriteMarker(staging);

            // The last point at which a cancellation leaves the target untouched; the swap below is not interrupted.
            cancellationToken.ThrowIfCancellationRequested();
            MoveIntoPlace(staging, parent, name);
        }
        catch (Exception exception)
        {
            DeleteQuietly(staging);
            if (exception is OperationCanceledException or PolicyCompareException or ArgumentException)
            {
                throw;
            }

            throw new OutputFolderException(GivenPath, $"{FullPath}: writing failed: {exception.Message}", exception);
        }
        finally
        {
            Unfinished.TryRemove(staging, out _);
        }
    }

    /// <summary>
    /// Removes the temporary folders of writes still in progress in this process, leaving every target as it was: for a
    /// process about to end without unwinding (a second Ctrl+C), which would otherwise leave a hidden <c>.name.tmp-…</c>
    /// folder beside its target. Best effort; safe to call from a signal handler.
    /// </summary>
    /// <returns>How many temporary folders were removed.</returns>
    public static int RemoveUnfinished()
    {
        var removed = 0;
        foreach (var staging in Unfinished.Keys)
        {
            DeleteQuietly(staging);
            removed += Directory.Exists(staging) ? 0 : 1;
        }

        return removed;
    }

    /// <summary>Runs every check; throws the first rule broken.</summary>
    private void Verify()
    {
        string shown = FullPath;
        if (Path.GetDirectoryName(FullPath) is null)
        {
            throw Refuse($"{shown}: refusing to write output over a file-system root.");
        }

        if (File.Exists(FullPath))
        {
            throw Refuse($"{shown}: a file with that name exists; the output must be a folder.");
        }

        string real = Resolve(FullPath);
        string current = Resolve(Environment.CurrentDirectory);
        if (IsSameOrInside(current, real))
        {
            throw Refuse($"{shown}: refusing to write output over the current folder or one of its parents; name a new folder, e.g. --out report.");
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home) && IsSameOrInside(Resolve(Path.GetFullPath(home)), real))
        {
            throw Refuse($"{shown}: refusing to write output over your home folder or one of its parents.");
        }

        foreach (string input in ProtectedPaths)
        {
            string resolved = Resolve(input);
            if (IsSameOrInside(resolved, real))
            {
                throw Refuse(string.Equals(resolved, real, PathComparison)
                    ? $"{shown}: this is an input; refusing to write output over it."
                    : $"{shown}: holds the input {input}; refusing to write output over it.");
            }
        }

        if (!Directory.Exists(FullPath))
        {
            return;
        }

        if (new DirectoryInfo(FullPath).LinkTarget is not null)
        {
            throw Refuse($"{shown}: is a symbolic link; name a real folder.");
        }

        if (!Directory.EnumerateFileSystemEntries(FullPath).Any() || Force)
        {
            return;
        }

        string marker = Path.Combine(FullPath, MarkerFileName);
        if (!File.Exists(marker) || !ReadMarker(marker, out var written))
        {
            throw Refuse($"{shown}: the folder is not empty and was not written by policycompare {Kind}; choose a new folder, or pass --force to replace it.");
        }

        string? foreign = Directory.EnumerateFiles(FullPath, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(FullPath, f).Replace('\\', '/'))
            .Where(f => f != MarkerFileName && !written.Contains(f))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (foreign is not null)
        {
            throw Refuse($"{shown}: holds {foreign}, which policycompare {Kind} did not write; move it out, choose a new folder, or pass --force to replace it.");
        }
    }

    private OutputFolderException Refuse(string message) => new(GivenPath, message);

    private bool ReadMarker(string marker, out HashSet<string> written)
    {
        written = new HashSet<string>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(marker, Utf8NoBom);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        if (lines.Length == 0 || lines[0] != MarkerHeader)
        {
            return false;
        }

        written.UnionWith(lines.Skip(1).Where(l => l.Length > 0));
        return true;
    }

    private string MarkerHeader => "policycompare " + Kind;

    /// <summary>The marker: a header naming the kind, then every file written, so later additions are recognised as someone else's.</summary>
    private void WriteMarker(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder(MarkerHeader).Append('\n');
        foreach (string file in files)
        {
            text.Append(file).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, MarkerFileName), text.ToString(), Utf8NoBom);
    }

    private void MoveIntoPlace(string staging, string parent, string name)
    {
        if (!Directory.Exists(FullPath))
        {
            Directory.Move(staging, FullPath);
            return;
        }

        string previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(FullPath, previous);
        try
        {
            Directory.Move(staging, FullPath);
        }
        catch
        {
            Directory.Move(previous, FullPath);
            throw;
        }

        // The new folder is in place; failing to remove the old copy must not fail the run.
        DeleteQuietly(previous);
    }

    /// <summary><paramref name="inner"/> equals <paramref name="outer"/> or lies below it.</summary>
    private static bool IsSameOrInside(string inner, string outer)
    {
        if (string.Equals(inner, outer, PathComparison))
        {
            return true;
        }

        string prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, PathComparison);
    }

    /// <summary>The absolute path with every symbolic link along it resolved (components that do not exist yet are kept).</summary>
    private static string Resolve(string fullPath)
    {
        string path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        string root = Path.GetPathRoot(path) ?? string.Empty;
        string current = root;
        foreach (string part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    current = Path.TrimEndingDirectorySeparator(target.FullName);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable link is compared as written.
            }
        }

        return current;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the folder is hidden and uniquely named; nothing reads it.
        }
    }
}
