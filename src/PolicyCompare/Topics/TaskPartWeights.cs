using PolicyCompare.Embeddings;

namespace PolicyCompare.Topics;

/// <summary>How a task's parts were weighted into its vector when the model was fitted (see <see cref="TaskEmbedder"/>).</summary>
/// <param name="Title">Weight of the task title.</param>
/// <param name="Text">Weight of the full task text.</param>
/// <param name="Section">Weight of the enclosing section heading.</param>
/// <param name="Agency">Weight of the responsible agencies.</param>
public sealed record TaskPartWeights(double Title, double Text, double Section, double Agency)
{
    /// <summary>The weights of <paramref name="options"/>.</summary>
    /// <param name="options">Embedding options.</param>
    /// <returns>The part weights.</returns>
    public static TaskPartWeights Of(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TaskPartWeights(options.TitleWeight, options.TextWeight, options.SectionWeight, options.AgencyWeight);
    }
}
