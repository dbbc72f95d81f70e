using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PolicyCompare.Text;

/// <summary>Registers the text stage: the Chinese word segmenter.</summary>
internal static class TextStageRegistration
{
    /// <summary>
    /// Adds <see cref="ITextSegmenter"/> (jieba.NET with the health-policy lexicon, its results cached by
    /// <see cref="CachingTextSegmenter"/>) and its options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddTextStage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SegmenterOptions>();
        services.TryAddSingleton<ITextSegmenter>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SegmenterOptions>>().Value;
            return new CachingTextSegmenter(new JiebaTextSegmenter(options), options.CacheCapacity);
        });
        return services;
    }
}
