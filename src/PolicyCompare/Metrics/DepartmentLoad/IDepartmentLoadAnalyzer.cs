using PolicyCompare.Corpus;

namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>Computes who carries the tasks: per-agency load, concentration, co-responsibility network, cross-region comparison.</summary>
public interface IDepartmentLoadAnalyzer
{
    /// <summary>Computes department load.</summary>
    /// <param name="corpus">The plans.</param>
    /// <returns>The result; plans stating no departments are listed in <see cref="DepartmentLoadResult.NotStated"/>.</returns>
    DepartmentLoadResult Analyze(PolicyCorpus corpus);
}
