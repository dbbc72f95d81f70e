using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Alignment;

/// <summary>Options of codebook mode: assigning tasks to the topics of a user-supplied codebook.</summary>
public sealed class CodebookOptions
{
    /// <summary>Path of a codebook JSON file; null uses the built-in health-reform codebook (<see cref="TopicCodebook.Default"/>).</summary>
    /// <value>The default value is null.</value>
    public string? Path { get; set; }

    /// <summary>Weight of keyword evidence added to the embedding similarity of a task and a topic prototype.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 10.0)]
    public double KeywordWeight { get; set; } = 0.5;

    /// <summary>How much a keyword found in the task's title counts relative to one found in its body.</summary>
    /// <value>The default value is 2.</value>
    [Range(0.0, 10.0)]
    public double TitleKeywordBoost { get; set; } = 2.0;

    /// <summary>A task whose best topic scores below this is left unassigned ("none of these").</summary>
    /// <value>The default value is 0.15.</value>
    [Range(-1.0, 10.0)]
    public double MinScore { get; set; } = 0.15;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ValidationException">A value is out of range.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);

    /// <summary>The codebook these options select.</summary>
    /// <returns>The codebook at <see cref="Path"/>, or the built-in one.</returns>
    /// <exception cref="CodebookException">The file is missing or invalid.</exception>
    public TopicCodebook LoadCodebook() => Path is null ? TopicCodebook.Default : TopicCodebook.Load(Path);
}
