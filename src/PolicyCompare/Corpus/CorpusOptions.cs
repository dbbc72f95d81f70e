using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Corpus;

/// <summary>Options of the corpus loader.</summary>
public sealed class CorpusOptions : IValidatableObject
{
    /// <summary>The default <see cref="MaxDocumentBytes"/>: 20 MB (20 × 1024 × 1024 bytes), far above any published plan (the seeds are 10–40 KB).</summary>
    public const long DefaultMaxDocumentBytes = 20L * 1024 * 1024;

    /// <summary>
    /// Largest plan file read, in bytes (checked before reading, so an oversized file costs nothing). A larger file is
    /// skipped with a reason naming this limit (or fails the load under <see cref="Strict"/>). CLI:
    /// <c>--max-document-size &lt;MB&gt;</c>.
    /// </summary>
    /// <value>The default value is <see cref="DefaultMaxDocumentBytes"/>.</value>
    [Range(1L, long.MaxValue)]
    public long MaxDocumentBytes { get; set; } = DefaultMaxDocumentBytes;

    /// <summary>
    /// Whether a file that cannot be read or parsed fails the whole load (with every such file named) instead of being
    /// skipped and listed in <see cref="PolicyCorpus.Skipped"/>. CLI: <c>--strict</c>.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Strict { get; set; }

    /// <summary>Upper bound on threads reading and parsing files; the corpus does not depend on it.</summary>
    /// <value>The default value is -1 (as many as the runtime chooses).</value>
    [Range(-1, 1024)]
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDegreeOfParallelism == 0)
        {
            yield return new ValidationResult("CorpusOptions.MaxDegreeOfParallelism must be -1 or positive.", [nameof(MaxDegreeOfParallelism)]);
        }
    }
}
