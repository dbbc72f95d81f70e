using Microsoft.Extensions.AI;
using PolicyCompare.Alignment;

namespace PolicyCompare.Embeddings;

/// <summary>The task vectors of a corpus and the generator that made them, to embed other texts into the same space.</summary>
/// <param name="Tasks">One L2-normalized vector per task.</param>
/// <param name="Generator">The generator used (fitted on the corpus for the built-in embedder).</param>
public sealed record CorpusEmbedding(TaskEmbeddings Tasks, IEmbeddingGenerator<string, Embedding<float>> Generator);
