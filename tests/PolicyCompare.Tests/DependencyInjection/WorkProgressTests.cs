using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Export;
using PolicyCompare.Tests.Parsing;

namespace PolicyCompare.Tests.DependencyInjection;

/// <summary><see cref="PolicyCompareBuilderExtensions.ReportWorkProgress"/> on the seed corpus: every long step reports, and progress never changes a result.</summary>
[TestFixture]
public sealed class WorkProgressTests
{
    // Two-stage clustering (k-means micro-clusters, then average linkage) is what large corpora use; lowering the limit runs it on the seeds.
    private static readonly Action<IPolicyCompareBuilder> TwoStage = b => b.ConfigureTopics(o => (o.ExactClusteringLimit, o.MicroClusters) = (100, 60));

    [TestCase(false, new[] { "files", "LSA", "embedding", "silhouette", "measures" })]
    [TestCase(true, new[] { "files", "LSA", "embedding", "micro-clusters", "silhouette", "measures" })]
    public async Task Every_long_step_reports_its_units_up_to_its_total(bool twoStage, string[] steps)
    {
        var reports = new Recorder();
        var analysis = await PolicyAnalyzer.Create(b =>
        {
            if (twoStage)
            {
                TwoStage(b);
            }

            b.ReportWorkProgress(reports);
        }).AnalyzeAsync([SeedCorpus.Folder]);

        var all = reports.All;
        Assert.That(all.Select(r => r.Step).Distinct(), Is.EqualTo(steps), "each step reports, in the order the pipeline runs them");
        Assert.Multiple(() =>
        {
            foreach (var step in steps)
            {
                var run = all.Where(r => r.Step == step).ToList();
                Assert.That(run.Select(r => r.Total).Distinct().Count(), Is.EqualTo(1), $"{step}: one total");
                Assert.That(run.All(r => r.Total > 0 && r.Done >= 0 && r.Done <= r.Total), Is.True, $"{step}: 0 ≤ done ≤ total");
                Assert.That(run.Select(r => r.Done), Is.Ordered, $"{step}: done never decreases");
                Assert.That(run[^1].Done, Is.EqualTo(run[^1].Total), $"{step}: the last report completes the step");
            }

            var files = all.Where(r => r.Step == "files").ToList();
            Assert.That(files.Select(r => r.Done), Is.EqualTo(new long[] { 0, 1, 2, 3, 4, 5 }), "one report per seed plan read, after a first at 0");
            Assert.That(files[^1].Total, Is.EqualTo(analysis.Corpus.Documents.Count));
            Assert.That(all.Last(r => r.Step == "measures"), Is.EqualTo(new WorkProgress("measures", CorpusAnalyzer.MeasureCount, 4)));
            Assert.That(all.Last(r => r.Step == "LSA").Total, Is.EqualTo(PolicyCompare.Embeddings.RandomizedSvd.ProgressSteps));
            Assert.That(all.Last(r => r.Step == "embedding").Total, Is.GreaterThanOrEqualTo(analysis.Corpus.AllTasks.Count()), "at least one text per task");
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task The_analysis_is_the_same_with_and_without_progress(bool twoStage)
    {
        var without = await PolicyAnalyzer.Create(b =>
        {
            if (twoStage)
            {
                TwoStage(b);
            }
        }).AnalyzeAsync([SeedCorpus.Folder]);
        var with = await PolicyAnalyzer.Create(b =>
        {
            if (twoStage)
            {
                TwoStage(b);
            }

            b.ReportWorkProgress(new Recorder());
        }).AnalyzeAsync([SeedCorpus.Folder]);

        Assert.That(AnalysisJson.Serialize(with), Is.EqualTo(AnalysisJson.Serialize(without)));
    }

    /// <summary>Records every report, from whichever thread makes it.</summary>
    private sealed class Recorder : IProgress<WorkProgress>
    {
        private readonly List<WorkProgress> _reports = [];

        public IReadOnlyList<WorkProgress> All
        {
            get
            {
                lock (_reports)
                {
                    return _reports.ToArray();
                }
            }
        }

        public void Report(WorkProgress value)
        {
            lock (_reports)
            {
                _reports.Add(value);
            }
        }
    }
}
