using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Embeddings;
using PolicyCompare.Export;
using PolicyCompare.Tests.Alignment;
using PolicyCompare.Topics;

namespace PolicyCompare.Tests.Topics;

[TestFixture]
public sealed class TopicHierarchyTests
{
    private PolicyAnalyzer _analyzer = null!;
    private CorpusEmbedding _embedding = null!;
    private CorpusTopics _topics = null!;
    private TopicModel _model = null!;

    [OneTimeSetUp]
    public async Task FitOnTheSeeds()
    {
        var fit = await SeedTopicFit.OnTheSeedsAsync();
        (_analyzer, _embedding, _topics, _model) = (fit.Analyzer, fit.Embedding, fit.Topics, fit.Model);
    }

    [Test]
    public void The_clustering_keeps_the_merge_tree_above_its_topics()
    {
        var tree = _topics.Hierarchy;
        Assert.That(tree, Has.Count.EqualTo(_topics.Topics.Count - 1));
        Assert.That(tree.Select(m => m.Id), Is.EqualTo(Enumerable.Range(1, tree.Count).Select(i => $"M{i:00}")));
        Assert.That(tree[^1].Size, Is.EqualTo(146));
        Assert.That(tree.Zip(tree.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity), Is.True, "closest first");
        var leaves = tree.SelectMany(m => new[] { m.Left, m.Right }).Where(n => n.StartsWith('T')).ToArray();
        Assert.That(leaves, Is.EquivalentTo(_topics.Topics.Select(t => t.Id)), "every topic is a leaf exactly once");
        Assert.That(_model.Hierarchy, Is.EqualTo(tree));
    }

    // The kept tree is the clustering's own: cutting it at fewer topics gives exactly the partition a fit with that fixed
    // number of topics gives.
    [TestCase(20)]
    [TestCase(10)]
    [TestCase(3)]
    public async Task Reducing_along_the_tree_gives_the_partition_of_a_fit_with_that_many_topics(int count)
    {
        var fixedFit = await _analyzer.Aligner.FindTopicsAsync(TestPlans.Seeds, count, _embedding);
        var reduced = _model.ReduceTopics(count);

        var groups = _topics.Topics.ToDictionary(t => t.Id, t => new HashSet<TaskKey>(t.Members));
        var alias = new Dictionary<string, string>();
        foreach (var merge in _topics.Hierarchy.Take(_topics.Topics.Count - count))
        {
            var (left, right) = (alias.GetValueOrDefault(merge.Left, merge.Left), alias.GetValueOrDefault(merge.Right, merge.Right));
            groups[left].UnionWith(groups[right]);
            groups.Remove(right);
            alias[merge.Id] = left;
        }

        string Key(IEnumerable<TaskKey> members) => string.Join(" ", members.Order());
        Assert.That(groups.Values.Select(Key), Is.EquivalentTo(fixedFit.Topics.Select(t => Key(t.Members))));
        Assert.That(reduced.Topics, Has.Count.EqualTo(count));
        Assert.That(reduced.Topics.Select(t => t.Size), Is.EquivalentTo(fixedFit.Topics.Select(t => t.Members.Count)));
        Assert.That(reduced.Hierarchy, Has.Count.EqualTo(count - 1));
    }

    [Test]
    public void A_reduced_topic_has_the_exact_centroid_of_all_its_tasks()
    {
        var first = _topics.Hierarchy[0];
        var reduced = _model.ReduceTopics(_model.Topics.Count - 1);
        var (left, right) = (_topics.Topics.Single(t => t.Id == first.Left), _topics.Topics.Single(t => t.Id == first.Right));
        var kept = left.Members.Count >= right.Members.Count ? left : right;
        var merged = reduced.Topics.Single(t => t.Id == kept.Id);

        var members = left.Members.Concat(right.Members).ToArray();
        var mean = new double[_embedding.Tasks.Dimensions];
        foreach (var member in members)
        {
            var v = _embedding.Tasks.VectorOf(member);
            for (var d = 0; d < mean.Length; d++)
            {
                mean[d] += v[d];
            }
        }

        var norm = Math.Sqrt(mean.Sum(x => x * x));
        Assert.That(merged.Size, Is.EqualTo(members.Length));
        Assert.That(merged.Label, Is.EqualTo(kept.Label));
        Assert.That(merged.Centroid.Select(x => (double)x), Is.EqualTo(mean.Select(x => x / norm)).Within(1e-5));
        Assert.That(reduced.Topics.Any(t => t.Id == (kept == left ? right.Id : left.Id)), Is.False);
        Assert.That(reduced.Hierarchy.SelectMany(m => new[] { m.Left, m.Right }), Does.Not.Contain(first.Id), "later merges name the merged topic by its kept id");
        Assert.That(_model.ReduceTopics(_model.Topics.Count), Is.SameAs(_model));
    }

    [Test]
    public void Merging_named_topics_keeps_the_largest_and_drops_the_tree()
    {
        var merged = _model.MergeTopics(["T02", "T01", "T03"]);

        Assert.That(merged.Topics, Has.Count.EqualTo(_model.Topics.Count - 2));
        var t01 = merged.Topics.Single(t => t.Id == "T01");
        Assert.That(t01.Size, Is.EqualTo(8 + 3 + 4));
        Assert.That(t01.Label, Is.EqualTo(_model.Topics[0].Label), "T01 is the largest of the three");
        Assert.That(merged.Topics.Select(t => t.Id), Does.Not.Contain("T02").And.Not.Contain("T03"));
        Assert.That(merged.Hierarchy, Is.Empty);
        Assert.That(merged.Topics.Sum(t => t.Size), Is.EqualTo(146));
    }

    [Test]
    public void Bad_reductions_and_merges_are_refused()
    {
        Assert.That(() => _model.ReduceTopics(0), Throws.TypeOf<PolicyCompareException>());
        Assert.That(() => _model.ReduceTopics(29), Throws.TypeOf<PolicyCompareException>());
        Assert.That(() => _model.MergeTopics(["T01"]), Throws.TypeOf<PolicyCompareException>().With.Message.Contains("two"));
        Assert.That(() => _model.MergeTopics(["T01", "T99"]), Throws.TypeOf<PolicyCompareException>().With.Message.Contains("T99"));
        Assert.That(() => _model.MergeTopics(["T01", "T02"]).ReduceTopics(20), Throws.TypeOf<PolicyCompareException>().With.Message.Contains("merges"));
    }

    [Test]
    public void The_hierarchy_table_has_one_row_per_merge()
    {
        var table = _topics.Hierarchy.ToHierarchyTable();

        Assert.That(table.Name, Is.EqualTo("topic-hierarchy"));
        Assert.That(table.Columns.Select(c => c.Name), Is.EqualTo(new[] { "merge_id", "left", "right", "similarity", "task_count" }));
        Assert.That(table.Rows, Has.Count.EqualTo(27));
        Assert.That(Convert.ToInt32(table.Rows[^1][4], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(146));
    }

    [Test]
    public void The_saved_model_keeps_its_hierarchy()
    {
        var path = Path.Combine(Path.GetTempPath(), "policycompare-hierarchy-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            _model.Save(path);
            Assert.That(TopicModel.Load(path).Hierarchy, Is.EqualTo(_model.Hierarchy));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
