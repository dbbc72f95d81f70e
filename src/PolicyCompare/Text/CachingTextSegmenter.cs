using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace PolicyCompare.Text;

/// <summary>
/// Remembers the words of texts already segmented, so that the pipeline's stages (embedding fit and transform, topic
/// labels, multi-topic memberships, emphasis drift) segment each task text once instead of once per stage.
/// </summary>
/// <remarks>
/// A segmenter is a pure function of the text, so a cached result is the result: output never depends on the cache.
/// The cache is keyed by the text's value, holds each distinct word once (the words of all texts share their strings),
/// and is emptied whenever it reaches <see cref="SegmenterOptions.CacheCapacity"/> texts, which bounds its memory
/// whatever the corpus and however many corpora a long-lived process analyses. Safe to call from many threads.
/// </remarks>
public sealed class CachingTextSegmenter : ITextSegmenter
{
    private readonly ITextSegmenter _inner;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, ReadOnlyCollection<string>> _segmented = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The segmenter whose results are cached; it must return the same words for the same text.</param>
    /// <param name="capacity">Texts kept before the cache is emptied; 0 turns caching off.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public CachingTextSegmenter(ITextSegmenter inner, int capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _inner = inner;
        _capacity = capacity;
    }

    /// <summary>Texts currently cached.</summary>
    public int Count => _segmented.Count;

    /// <inheritdoc />
    public IReadOnlyList<string> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_capacity == 0)
        {
            return _inner.Segment(text);
        }

        if (_segmented.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var words = _inner.Segment(text);
        var shared = new string[words.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = _words.GetOrAdd(words[i], words[i]);
        }

        if (_segmented.Count >= _capacity)
        {
            _segmented.Clear();
            _words.Clear();
        }

        return _segmented.GetOrAdd(text, new ReadOnlyCollection<string>(shared));
    }
}
