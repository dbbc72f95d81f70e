using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>Registers the embedding stage.</summary>
internal static class EmbeddingStageRegistration
{
    /// <summary>
    /// Adds <see cref="ITaskEmbedder"/> and <see cref="ICorpusEmbeddingGeneratorProvider"/>: a user's
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> registered in the container is used as it is;
    /// without one, the built-in <see cref="TfidfLsaEmbeddingGenerator"/> is fitted on each corpus.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddEmbeddingStage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EmbeddingOptions>().ValidateDataAnnotations();
        services.TryAddSingleton<ICorpusEmbeddingGeneratorProvider>(sp =>
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>() is { } generator
                ? new FixedGeneratorProvider(generator)
                : new TfidfLsaGeneratorProvider(
                    sp.GetRequiredService<ITextSegmenter>(),
                    sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value,
                    sp.GetRequiredService<IOptions<CodebookOptions>>().Value.LoadCodebook(),
                    sp.GetService<IProgress<WorkProgress>>()));
        services.TryAddSingleton<ITaskEmbedder>(sp => new TaskEmbedder(
            sp.GetRequiredService<ICorpusEmbeddingGeneratorProvider>(),
            sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value,
            sp.GetService<IProgress<EmbeddingProgress>>(),
            sp.GetService<IProgress<WorkProgress>>()));
        return services;
    }
}
