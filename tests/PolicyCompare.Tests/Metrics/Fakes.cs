using Microsoft.Extensions.AI;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Metrics;

/// <summary>Embeds text as a bag of keywords: dimension i is 1 when keyword i occurs in the text (plus a constant bias dimension).</summary>
internal sealed class KeywordEmbeddingGenerator(params string[] keywords) : IEmbeddingGenerator<string, Embedding<float>>
{
    public List<string> Requests { get; } = [];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            Requests.Add(text);
            var v = keywords.Select(k => text.Contains(k, StringComparison.Ordinal) ? 1f : 0f).Append(0.01f).ToArray();
            result.Add(new Embedding<float>(v));
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

/// <summary>Splits on spaces and Chinese/ASCII punctuation: tests write their task texts pre-segmented.</summary>
internal sealed class SpaceSegmenter : ITextSegmenter
{
    public IReadOnlyList<string> Segment(string text) =>
        text.Split([' ', '，', '。', ',', '、', '；'], StringSplitOptions.RemoveEmptyEntries);
}
