using System.Reflection;
using System.Security.Cryptography;
using JiebaNet.Segmenter;

namespace PolicyCompare.Text;

/// <summary>
/// Makes jieba.NET's dictionary files available wherever PolicyCompare runs.
/// </summary>
/// <remarks>
/// jieba.NET (0.42.x) reads <c>dict.txt</c>, <c>prob_emit.json</c> and <c>prob_trans.json</c> from the folder
/// <see cref="ConfigManager.ConfigFileBaseDir"/> (default: <c>Resources/</c> beside the app), and captures the path in
/// static fields the first time its segmenter type is touched. NuGet never copies that folder out of the package, so
/// PolicyCompare embeds the files (see PolicyCompare.csproj) and, once per process, writes them to a per-user cache
/// folder named after a SHA-256 of their bytes, then points jieba.NET there before any segmenter exists.
/// Writes go to a temporary file renamed into place, so concurrent processes never see a half-written file; a
/// <see cref="Lazy{T}"/> makes the one-time set-up thread-safe within a process. When the folder jieba.NET would use
/// already holds the files (an app that ships them, or a <c>JiebaConfigFileDir</c> setting), it is left alone.
/// </remarks>
internal static class JiebaResources
{
    private const string ResourcePrefix = "PolicyCompare.Text.Jieba.";

    private static readonly string[] RequiredFiles = ["dict.txt", "prob_emit.json", "prob_trans.json"];

    private static readonly Lazy<string> Directory = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Ensures jieba.NET can find its files; returns the folder it reads them from.</summary>
    /// <exception cref="PolicyCompareException">The files cannot be written anywhere.</exception>
    public static string EnsureAvailable() => Directory.Value;

    private static string Prepare()
    {
        var configured = ConfigManager.ConfigFileBaseDir;
        if (HasAllFiles(configured))
        {
            return configured;
        }

        var assembly = typeof(JiebaResources).Assembly;
        var contents = RequiredFiles.ToDictionary(f => f, f => ReadResource(assembly, f), StringComparer.Ordinal);
        var hash = HashOf(contents);
        var errors = new List<string>();
        foreach (var root in CacheRoots())
        {
            var folder = Path.Combine(root, "PolicyCompare", "jieba", hash);
            try
            {
                Write(folder, contents);
                ConfigManager.ConfigFileBaseDir = folder;
                return folder;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{folder}: {e.Message}");
            }
        }

        throw new PolicyCompareException(
            "Cannot write jieba.NET's dictionary files to a cache folder: " + string.Join("; ", errors));
    }

    private static bool HasAllFiles(string folder) =>
        !string.IsNullOrEmpty(folder) && RequiredFiles.All(f => File.Exists(Path.Combine(folder, f)));

    private static IEnumerable<string> CacheRoots()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (!string.IsNullOrEmpty(local))
        {
            yield return local;
        }

        yield return Path.GetTempPath();
    }

    private static byte[] ReadResource(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new PolicyCompareException($"The PolicyCompare assembly lacks the embedded jieba.NET file '{file}'.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string HashOf(IReadOnlyDictionary<string, byte[]> contents)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in RequiredFiles)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file));
            sha.AppendData(contents[file]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    private static void Write(string folder, IReadOnlyDictionary<string, byte[]> contents)
    {
        System.IO.Directory.CreateDirectory(folder);
        foreach (var (file, bytes) in contents)
        {
            var target = Path.Combine(folder, file);
            if (File.Exists(target) && new FileInfo(target).Length == bytes.Length)
            {
                continue;
            }

            var temporary = Path.Combine(folder, $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temporary, bytes);
            try
            {
                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
    }
}
