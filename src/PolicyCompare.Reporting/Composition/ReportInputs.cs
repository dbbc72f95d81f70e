using PolicyCompare.Alignment;
using PolicyCompare.Analysis;

using PolicyCompare.Charts;

namespace PolicyCompare.Reporting.Composition;

/// <summary>What a report is composed from.</summary>
/// <param name="Analysis">The corpus analysis (coverage, drift, load, topics, corpus).</param>
/// <param name="Alignments">Plan-to-plan task alignments to chart (may be empty).</param>
/// <param name="TaskMap">Every task projected to 2-D with its plan label (may be empty: then no task map is drawn).</param>
public sealed record ReportInputs(CorpusAnalysis Analysis, IReadOnlyList<PlanAlignment> Alignments, IReadOnlyList<TaskMapPoint> TaskMap);
