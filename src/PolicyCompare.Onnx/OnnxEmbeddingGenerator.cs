using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace PolicyCompare.Onnx;

/// <summary>
/// A BERT-family sentence-embedding model exported to ONNX (<c>model.onnx</c> + <c>vocab.txt</c>: MiniLM, BGE, text2vec…)
/// as an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>: WordPiece tokens from Microsoft.ML.Tokenizers'
/// <see cref="BertTokenizer"/> (BERT's basic tokenization: every CJK ideograph is a token of its own, as in Google's
/// BERT), truncated at <see cref="MaxTokens"/>, run through ONNX Runtime in batches, pooled (mean or [CLS]) and
/// L2-normalized. Thread-safe; dispose it to free the model.
/// </summary>
/// <remarks>
/// Mean pooling averages the last hidden states of the tokens the attention mask keeps (sentence-transformers'
/// <c>Pooling</c> module); a model whose only output is already a sentence vector (rank 2) is used as it is.
/// </remarks>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The provider name in <see cref="EmbeddingGeneratorMetadata"/>.</summary>
    public const string ProviderName = "onnx";

    private static readonly string[] TokenOutputNames = ["last_hidden_state", "token_embeddings"];

    private readonly OnnxEmbeddingOptions _options;
    private readonly OnnxModelSettings _settings;
    private readonly BertTokenizer _tokenizer;
    private readonly SessionOptions _sessionOptions;
    private readonly InferenceSession _session;
    private readonly string _outputName;
    private readonly bool _outputIsPooled;
    private readonly bool _int32Inputs;
    private readonly bool _hasTokenTypes;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <summary>Loads the model and vocabulary of <see cref="OnnxEmbeddingOptions.ModelDirectory"/>.</summary>
    /// <param name="options">The model folder and settings.</param>
    /// <exception cref="ValidationException">An option is out of range.</exception>
    /// <exception cref="PolicyCompareException">
    /// The folder or a file is missing, the vocabulary or the model cannot be read, or the model lacks the inputs
    /// (<c>input_ids</c>, <c>attention_mask</c>) or a float output of rank 2 or 3.
    /// </exception>
    public OnnxEmbeddingGenerator(OnnxEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        _options = options;
        _settings = OnnxModelSettings.Resolve(options);
        try
        {
            _tokenizer = BertTokenizer.Create(_settings.VocabularyPath, new BertOptions
            {
                LowerCaseBeforeTokenization = _settings.LowerCase,
                RemoveNonSpacingMarks = _settings.LowerCase,
                IndividuallyTokenizeCjk = true,
                ApplyBasicTokenization = true,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new PolicyCompareException($"{_settings.VocabularyPath}: cannot read the WordPiece vocabulary ({e.Message}).", e);
        }

        _sessionOptions = new SessionOptions { IntraOpNumThreads = options.IntraOpThreads };
        try
        {
            _session = new InferenceSession(_settings.ModelPath, _sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            _sessionOptions.Dispose();
            throw new PolicyCompareException($"{_settings.ModelPath}: ONNX Runtime cannot load the model ({e.Message}).", e);
        }

        try
        {
            (_outputName, _outputIsPooled) = ChooseOutput(_session);
            var inputs = _session.InputMetadata;
            foreach (var required in new[] { "input_ids", "attention_mask" })
            {
                if (!inputs.ContainsKey(required))
                {
                    throw new PolicyCompareException(
                        $"{_settings.ModelPath}: the model has no '{required}' input (it has {string.Join(", ", inputs.Keys)}); a BERT-family encoder is expected.");
                }
            }

            _int32Inputs = inputs["input_ids"].ElementType == typeof(int);
            _hasTokenTypes = inputs.ContainsKey("token_type_ids");
        }
        catch
        {
            _session.Dispose();
            _sessionOptions.Dispose();
            throw;
        }

        var modelId = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.ModelDirectory)));
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, null, modelId, Dimensions);
    }

    /// <summary>Most tokens per text, [CLS] and [SEP] included; longer texts are truncated.</summary>
    public int MaxTokens => _settings.MaxTokens;

    /// <summary>The pooling in use.</summary>
    public OnnxPooling Pooling => _settings.Pooling;

    /// <summary>The length of every vector (the model's hidden size), or null when the model does not declare it.</summary>
    public int? Dimensions => _session.OutputMetadata[_outputName].Dimensions is { Length: > 0 } d && d[^1] > 0 ? d[^1] : null;

    /// <summary>The token ids a text is given to the model as: [CLS], its WordPiece ids, [SEP], at most <see cref="MaxTokens"/> in all.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The ids.</returns>
    public IReadOnlyList<int> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _tokenizer.EncodeToIds(text, _settings.MaxTokens, addSpecialTokens: true, out _, out _);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A text is null.</exception>
    /// <exception cref="PolicyCompareException">ONNX Runtime fails on a batch.</exception>
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToList();
        if (texts.Any(t => t is null))
        {
            throw new ArgumentException("A text to embed is null.", nameof(values));
        }

        // Texts of similar length share a run, so little of each run is padding; vectors go back in input order.
        var ids = texts.Select(Tokenize).ToList();
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => ids[i].Count).ToArray();
        var vectors = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += _options.InferenceBatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.Skip(start).Take(_options.InferenceBatchSize).ToArray();

            // Inference is CPU-bound and synchronous; run it off the caller's thread.
            var pooled = await Task.Run(() => Run(batch.Select(i => ids[i]).ToList(), cancellationToken), cancellationToken).ConfigureAwait(false);
            for (var b = 0; b < batch.Length; b++)
            {
                vectors[batch[b]] = pooled[b];
            }
        }

        var created = DateTimeOffset.UtcNow;
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = _metadata.DefaultModelId, CreatedAt = created }));
        return result;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _sessionOptions.Dispose();
    }

    private float[][] Run(List<IReadOnlyList<int>> ids, CancellationToken cancellationToken)
    {
        var length = ids.Max(i => i.Count);
        var shape = new long[] { ids.Count, length };
        var inputIds = new long[ids.Count * length];
        var mask = new long[ids.Count * length];
        for (var b = 0; b < ids.Count; b++)
        {
            for (var t = 0; t < length; t++)
            {
                var inside = t < ids[b].Count;
                inputIds[(b * length) + t] = inside ? ids[b][t] : _tokenizer.PaddingTokenId;
                mask[(b * length) + t] = inside ? 1 : 0;
            }
        }

        var names = new List<string> { "input_ids", "attention_mask" };
        var values = new List<OrtValue> { Tensor(inputIds, shape), Tensor(mask, shape) };
        if (_hasTokenTypes)
        {
            names.Add("token_type_ids");
            values.Add(Tensor(new long[inputIds.Length], shape));
        }

        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        try
        {
            using var outputs = _session.Run(runOptions, names, values, [_outputName]);
            var output = outputs[0];
            var outputShape = output.GetTensorTypeAndShape().Shape;
            var data = output.GetTensorDataAsSpan<float>();
            return _outputIsPooled ? Pooled(data, outputShape, ids.Count) : Pool(data, outputShape, mask, ids.Count, length);
        }
        catch (OnnxRuntimeException e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new PolicyCompareException($"{_settings.ModelPath}: inference failed ({e.Message}).", e);
        }
        finally
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
        }
    }

    private OrtValue Tensor(long[] data, long[] shape) =>
        _int32Inputs
            ? OrtValue.CreateTensorValueFromMemory(data.Select(x => (int)x).ToArray(), shape)
            : OrtValue.CreateTensorValueFromMemory(data, shape);

    private float[][] Pooled(ReadOnlySpan<float> data, long[] shape, int count)
    {
        var hidden = (int)shape[^1];
        var vectors = new float[count][];
        for (var b = 0; b < count; b++)
        {
            vectors[b] = data.Slice(b * hidden, hidden).ToArray();
            Finish(vectors[b]);
        }

        return vectors;
    }

    private float[][] Pool(ReadOnlySpan<float> data, long[] shape, long[] mask, int count, int length)
    {
        var hidden = (int)shape[^1];
        var vectors = new float[count][];
        for (var b = 0; b < count; b++)
        {
            var sum = new double[hidden];
            var kept = 0;
            var tokens = _settings.Pooling == OnnxPooling.Cls ? 1 : length;
            for (var t = 0; t < tokens; t++)
            {
                if (mask[(b * length) + t] == 0)
                {
                    continue;
                }

                kept++;
                var token = data.Slice(((b * length) + t) * hidden, hidden);
                for (var k = 0; k < hidden; k++)
                {
                    sum[k] += token[k];
                }
            }

            vectors[b] = sum.Select(x => (float)(x / Math.Max(kept, 1))).ToArray();
            Finish(vectors[b]);
        }

        return vectors;
    }

    private void Finish(float[] vector)
    {
        if (!_options.Normalize)
        {
            return;
        }

        var norm = Math.Sqrt(vector.Sum(x => (double)x * x));
        if (norm > 0)
        {
            for (var k = 0; k < vector.Length; k++)
            {
                vector[k] = (float)(vector[k] / norm);
            }
        }
    }

    /// <summary>The token-level output (rank 3) to pool, else an already pooled sentence output (rank 2).</summary>
    private static (string Name, bool Pooled) ChooseOutput(InferenceSession session)
    {
        var outputs = session.OutputMetadata.Where(o => o.Value.ElementType == typeof(float)).ToList();
        var tokenLevel = outputs.Where(o => o.Value.Dimensions.Length == 3)
            .OrderBy(o => TokenOutputNames.Contains(o.Key, StringComparer.Ordinal) ? 0 : 1)
            .Select(o => o.Key)
            .FirstOrDefault();
        if (tokenLevel is not null)
        {
            return (tokenLevel, false);
        }

        var pooled = outputs.FirstOrDefault(o => o.Value.Dimensions.Length == 2).Key;
        return pooled is not null
            ? (pooled, true)
            : throw new PolicyCompareException(
                $"{session.ModelMetadata.GraphName}: the model has no float output of rank 2 or 3 (it has {string.Join(", ", session.OutputMetadata.Keys)}).");
    }
}
