using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Alignment;

/// <summary>Options of plan-to-plan matching.</summary>
public sealed class AlignmentOptions
{
    /// <summary>A one-to-one pair from the optimal assignment is kept as a link only when its similarity reaches this.</summary>
    /// <value>The default value is 0.3.</value>
    [Range(-1.0, 1.0)]
    public double MinLinkScore { get; set; } = 0.3;

    /// <summary>
    /// An extra link (one task covering several) joins a task to its most similar task on the other side when that
    /// similarity reaches this and beats the task's one-to-one partner.
    /// </summary>
    /// <value>The default value is 0.4.</value>
    [Range(-1.0, 1.0)]
    public double MinExtraLinkScore { get; set; } = 0.4;

    /// <summary>Number of shared key terms given as evidence for a link.</summary>
    /// <value>The default value is 6.</value>
    [Range(0, 100)]
    public int EvidenceTermCount { get; set; } = 6;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ValidationException">A value is out of range.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
