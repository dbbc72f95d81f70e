using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Text;

/// <summary>Options of the Chinese word segmenter.</summary>
public sealed class SegmenterOptions
{
    /// <summary>Extra terms to keep whole, added to <see cref="HealthPolicyLexicon.Terms"/>.</summary>
    /// <value>The default value is empty.</value>
    public IList<string> UserTerms { get; set; } = [];

    /// <summary>Extra stop words, added to <see cref="StopWords.Default"/>.</summary>
    /// <value>The default value is empty.</value>
    public IList<string> UserStopWords { get; set; } = [];

    /// <summary>Whether single-character words are kept. They are mostly function words in policy text.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool KeepSingleCharacters { get; set; }

    /// <summary>Whether the built-in health-policy lexicon is used.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseHealthPolicyLexicon { get; set; } = true;

    /// <summary>
    /// Texts whose words the pipeline's segmenter remembers (<see cref="CachingTextSegmenter"/>), so each task text is
    /// segmented once rather than by every stage; the cache is emptied when full. About 1 KB per text; 0 turns it off.
    /// </summary>
    /// <value>The default value is 500,000 texts (a corpus of about 150,000 tasks).</value>
    public int CacheCapacity { get; set; } = 500_000;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ValidationException">A term is empty, or the cache capacity is negative.</exception>
    public void Validate()
    {
        if (CacheCapacity < 0)
        {
            throw new ValidationException($"SegmenterOptions.CacheCapacity must be 0 (off) or more; it is {CacheCapacity}.");
        }

        if (UserTerms.Any(string.IsNullOrWhiteSpace))
        {
            throw new ValidationException("SegmenterOptions.UserTerms holds an empty term.");
        }

        if (UserStopWords.Any(string.IsNullOrWhiteSpace))
        {
            throw new ValidationException("SegmenterOptions.UserStopWords holds an empty word.");
        }
    }
}
