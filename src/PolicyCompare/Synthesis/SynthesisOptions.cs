using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Synthesis;

/// <summary>Options of <see cref="CorpusSynthesizer"/>.</summary>
public sealed class SynthesisOptions
{
    /// <summary>Number of plans to generate.</summary>
    /// <value>The default value is 50.</value>
    [Range(1, 1_000_000)]
    public int Plans { get; set; } = 50;

    /// <summary>Seed of the random choices: the same source corpus, options and seed give byte-identical plans.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Share of plans written as PDF extractions (lines broken inside sentences, blanks between characters).</summary>
    /// <value>The default value is 0.3.</value>
    [Range(0.0, 1.0)]
    public double PdfShare { get; set; } = 0.3;

    /// <summary>Share of plans captured from a web page (menus, breadcrumbs, 来源/发布时间 above; footers, ICP lines below).</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 1.0)]
    public double WebShare { get; set; } = 0.5;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ValidationException">A value is out of range.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
