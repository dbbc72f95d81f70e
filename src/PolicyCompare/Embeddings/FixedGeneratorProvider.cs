using Microsoft.Extensions.AI;

namespace PolicyCompare.Embeddings;

/// <summary>Uses one user-supplied embedding generator (a local ONNX model, a service…) for every corpus.</summary>
/// <param name="generator">The generator.</param>
public sealed class FixedGeneratorProvider(IEmbeddingGenerator<string, Embedding<float>> generator) : ICorpusEmbeddingGeneratorProvider
{
    /// <inheritdoc />
    public IEmbeddingGenerator<string, Embedding<float>> ForCorpus(IReadOnlyList<string> corpusTexts) => generator;
}
