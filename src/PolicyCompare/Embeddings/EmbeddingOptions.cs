using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Embeddings;

/// <summary>Options of the built-in TF-IDF + LSA embedder and of how a task is turned into text to embed.</summary>
/// <remarks>Defaults were chosen by measurement on the development labels (see the README section on alignment).</remarks>
public sealed class EmbeddingOptions
{
    /// <summary>
    /// Number of LSA dimensions kept (capped by the corpus rank); 0 keeps every dimension (plain TF-IDF cosine); null
    /// chooses one fifth of the number of fitted texts, about the number of themes a corpus of plans holds.
    /// </summary>
    /// <value>The default value is null (automatic).</value>
    [Range(0, 4096)]
    public int? Dimensions { get; set; }

    /// <summary>Shortest character n-gram used as a feature; 0 disables character n-grams.</summary>
    /// <value>The default value is 2.</value>
    [Range(0, 8)]
    public int CharNGramMin { get; set; } = 2;

    /// <summary>Longest character n-gram used as a feature.</summary>
    /// <value>The default value is 3.</value>
    [Range(0, 8)]
    public int CharNGramMax { get; set; } = 3;

    /// <summary>Weight of the jieba word block relative to the character n-gram block (each block is L2-normalized first).</summary>
    /// <value>The default value is 1.</value>
    [Range(0.0, 100.0)]
    public double WordWeight { get; set; } = 1.0;

    /// <summary>Weight of the character n-gram block.</summary>
    /// <value>The default value is 1.</value>
    [Range(0.0, 100.0)]
    public double CharNGramWeight { get; set; } = 1.0;

    /// <summary>
    /// Concepts of a domain thesaurus (concept key → terms). Every occurrence of a term in a text counts for its concept, so
    /// texts that name one theme in different words (医联体, 医共体, 医疗集团) meet in one feature.
    /// </summary>
    /// <value>The default value is empty, which means the keywords of the active codebook (see <c>CodebookOptions</c>).</value>
    public IDictionary<string, IReadOnlyList<string>> Concepts { get; set; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Weight of the concept block (see <see cref="Concepts"/>); 0 turns the thesaurus off.</summary>
    /// <value>The default value is 0.8.</value>
    [Range(0.0, 100.0)]
    public double ConceptWeight { get; set; } = 0.8;

    /// <summary>Whether term frequency is dampened to 1 + ln(tf), so that a long task does not win on repetition.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool SublinearTf { get; set; } = true;

    /// <summary>Features seen in fewer documents than this are dropped (a feature in one text cannot link two texts).</summary>
    /// <value>The default value is 2.</value>
    [Range(1, 1000)]
    public int MinDocumentFrequency { get; set; } = 2;

    /// <summary>Weight of the task title (lead phrase) in a task's vector.</summary>
    /// <value>The default value is 1.</value>
    [Range(0.0, 100.0)]
    public double TitleWeight { get; set; } = 1.0;

    /// <summary>Weight of the full task text (title and body) in a task's vector.</summary>
    /// <value>The default value is 1.</value>
    [Range(0.0, 100.0)]
    public double TextWeight { get; set; } = 1.0;

    /// <summary>
    /// Weight of the enclosing section heading in a task's vector. A little of it helps tasks whose own words are few or
    /// generic (完善配套政策) find their theme through the section they stand in.
    /// </summary>
    /// <value>The default value is 0.3.</value>
    [Range(0.0, 100.0)]
    public double SectionWeight { get; set; } = 0.3;

    /// <summary>Weight of the responsible agencies (canonical names) in a task's vector.</summary>
    /// <value>The default value is 0.</value>
    [Range(0.0, 100.0)]
    public double AgencyWeight { get; set; }

    /// <summary>
    /// Texts sent to the embedding generator in one call (tasks' parts, codebook entries, target phrases alike): hosted
    /// APIs cap the inputs of a request and a local model's memory grows with the batch.
    /// </summary>
    /// <value>The default value is 64.</value>
    [Range(1, 1_000_000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ValidationException">A value is out of range or inconsistent.</exception>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (CharNGramMin > CharNGramMax)
        {
            throw new ValidationException($"EmbeddingOptions.CharNGramMin ({CharNGramMin}) exceeds CharNGramMax ({CharNGramMax}).");
        }

        if (WordWeight == 0 && (CharNGramMin == 0 || CharNGramWeight == 0))
        {
            throw new ValidationException("EmbeddingOptions leave no feature: give words or character n-grams a weight.");
        }

        if (TitleWeight + TextWeight + SectionWeight + AgencyWeight == 0)
        {
            throw new ValidationException("EmbeddingOptions give every part of a task a weight of 0.");
        }
    }
}
