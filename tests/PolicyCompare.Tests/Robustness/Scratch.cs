using NUnit.Framework;
using PolicyCompare.Tests.Parsing;

namespace PolicyCompare.Tests.Robustness;

/// <summary>A fresh temporary folder per test, with helpers to lay out a user's files and corpora.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch() => Root = Directory.CreateTempSubdirectory("pc-robust-").FullName;

    public string Root { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A folder holding one file of the user's, as a researcher's notes folder would.</summary>
    public string UserFolder(string name, string file = "notes.txt", string content = "my own notes, not a report")
    {
        var folder = Path(name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, file), content);
        return folder;
    }

    /// <summary>A copy of the seed corpus (plans and corpus.json).</summary>
    public string SeedCopy(string name = "plans")
    {
        var folder = Path(name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(SeedCorpus.Folder))
        {
            File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes, to prove later that nothing changed.</summary>
    public static IReadOnlyDictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    public static void AssertUnchanged(string folder, IReadOnlyDictionary<string, byte[]> before)
    {
        var after = Snapshot(folder);
        Assert.That(after.Keys.Order(StringComparer.Ordinal), Is.EqualTo(before.Keys.Order(StringComparer.Ordinal)), $"{folder}: the same files");
        foreach (var (file, bytes) in before)
        {
            Assert.That(after[file], Is.EqualTo(bytes), $"{folder}: {file} unchanged");
        }
    }

    /// <summary>Hidden staging or set-aside folders left beside an output (<c>.name.tmp-…</c>, <c>.name.old-…</c>).</summary>
    public static string[] Leftovers(string parent) =>
        Directory.GetDirectories(parent).Select(System.IO.Path.GetFileName).Where(n => n!.Contains(".tmp-", StringComparison.Ordinal) || n.Contains(".old-", StringComparison.Ordinal)).ToArray()!;

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
