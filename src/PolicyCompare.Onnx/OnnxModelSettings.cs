using System.Text.Json;

namespace PolicyCompare.Onnx;

/// <summary>
/// The settings one model folder is run with: the options where given, else the sentence-transformers files saved beside
/// the model (<c>sentence_bert_config.json</c>, <c>1_Pooling/config.json</c>, <c>tokenizer_config.json</c>), else BERT's defaults.
/// </summary>
/// <param name="ModelPath">The ONNX file.</param>
/// <param name="VocabularyPath">The WordPiece vocabulary.</param>
/// <param name="MaxTokens">Most tokens per text, special tokens included.</param>
/// <param name="Pooling">Pooling.</param>
/// <param name="LowerCase">Whether text is lower-cased before WordPiece.</param>
internal sealed record OnnxModelSettings(string ModelPath, string VocabularyPath, int MaxTokens, OnnxPooling Pooling, bool LowerCase)
{
    private const int BertMaxTokens = 512;

    /// <exception cref="PolicyCompareException">A file is missing or a configuration file is not valid JSON.</exception>
    public static OnnxModelSettings Resolve(OnnxEmbeddingOptions options)
    {
        var directory = options.ModelDirectory;
        if (!Directory.Exists(directory))
        {
            throw new PolicyCompareException($"{directory}: the ONNX model folder does not exist.");
        }

        var model = Path.Combine(directory, options.ModelFileName);
        var vocabulary = Path.Combine(directory, options.VocabularyFileName);
        foreach (var (path, what) in new[] { (model, "the ONNX model"), (vocabulary, "the WordPiece vocabulary (vocab.txt)") })
        {
            if (!File.Exists(path))
            {
                throw new PolicyCompareException($"{path}: {what} is missing from the model folder.");
            }
        }

        using var sentenceBert = ReadJson(Path.Combine(directory, "sentence_bert_config.json"));
        using var pooling = ReadJson(Path.Combine(directory, "1_Pooling", "config.json"));
        using var tokenizer = ReadJson(Path.Combine(directory, "tokenizer_config.json"));
        var maxTokens = options.MaxTokens
            ?? Int(sentenceBert, "max_seq_length")
            ?? (Int(tokenizer, "model_max_length") is { } m and <= 8192 ? m : (int?)null)
            ?? BertMaxTokens;
        var pool = options.Pooling
            ?? (Bool(pooling, "pooling_mode_cls_token") == true ? OnnxPooling.Cls : OnnxPooling.Mean);
        var lowerCase = options.LowerCase ?? Bool(tokenizer, "do_lower_case") ?? true;
        return new OnnxModelSettings(model, vocabulary, maxTokens, pool, lowerCase);
    }

    private static JsonDocument? ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new PolicyCompareException($"{path}: not valid JSON ({e.Message}).", e);
        }
    }

    private static int? Int(JsonDocument? document, string name) =>
        document?.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt64(out var number) && number is > 0 and <= int.MaxValue
            ? (int)number
            : null;

    private static bool? Bool(JsonDocument? document, string name) =>
        document?.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty(name, out var value)
        && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;
}
