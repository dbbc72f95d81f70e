using Microsoft.Extensions.DependencyInjection;
using PolicyCompare.Onnx;

namespace PolicyCompare.DependencyInjection;

/// <summary><c>UseOnnxEmbeddings</c>: a local sentence-embedding model as the pipeline's embedder.</summary>
public static class OnnxPolicyCompareBuilderExtensions
{
    /// <summary>
    /// Embeds tasks, codebook entries and target phrases with a BERT-family ONNX model (<c>model.onnx</c> +
    /// <c>vocab.txt</c> in <paramref name="modelDirectory"/>) instead of the built-in TF-IDF/LSA embedder. The model is
    /// loaded once, when the pipeline is first resolved, and disposed with the service provider.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="modelDirectory">The model folder.</param>
    /// <param name="configure">Changes to the model settings (pooling, maximum tokens…), or null.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder UseOnnxEmbeddings(this IPolicyCompareBuilder builder, string modelDirectory, Action<OnnxEmbeddingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        builder.Services.AddSingleton(_ =>
        {
            var options = new OnnxEmbeddingOptions { ModelDirectory = modelDirectory };
            configure?.Invoke(options);
            return new OnnxEmbeddingGenerator(options);
        });
        return builder.UseEmbeddingGenerator(sp => sp.GetRequiredService<OnnxEmbeddingGenerator>());
    }
}
