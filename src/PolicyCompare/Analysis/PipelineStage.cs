namespace PolicyCompare.Analysis;

/// <summary>The stages of <see cref="PolicyAnalyzer"/>, in the order they run; reported through <see cref="IProgress{T}"/>.</summary>
public enum PipelineStage
{
    /// <summary>Reading and parsing the plans.</summary>
    Read,
    /// <summary>Embedding every task.</summary>
    Embed,
    /// <summary>Finding topics across the corpus.</summary>
    Align,
    /// <summary>Computing coverage, target drift and department load.</summary>
    Measure,
}
