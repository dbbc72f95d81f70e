namespace PolicyCompare.Benchmarks;

/// <summary>The seed plans copied next to the benchmark binary, and larger corpora made by repeating them.</summary>
internal static class SeedCorpusFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>
    /// Writes <paramref name="plans"/> plan files to a new temporary folder by cycling through the seeds under new names,
    /// so scaling can be measured beyond five documents. The caller deletes the folder.
    /// </summary>
    public static string Replicate(int plans)
    {
        var seeds = Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var folder = Path.Combine(Path.GetTempPath(), $"policycompare-bench-{plans}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < plans; i++)
        {
            var source = seeds[i % seeds.Length];
            File.Copy(source, Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(source)}-copy{i:D2}.txt"), overwrite: true);
        }

        return folder;
    }
}
