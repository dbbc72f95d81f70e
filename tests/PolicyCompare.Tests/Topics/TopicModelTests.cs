using System.Text.Json.Nodes;
using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Evaluation;
using PolicyCompare.Tests.Alignment;
using PolicyCompare.Text;
using PolicyCompare.Topics;

namespace PolicyCompare.Tests.Topics;

[TestFixture]
public sealed class TopicModelTests
{
    private static readonly JiebaTextSegmenter Segmenter = new();
    private PolicyAnalyzer _analyzer = null!;
    private CorpusEmbedding _embedding = null!;
    private CorpusTopics _topics = null!;
    private TopicModel _model = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task FitOnTheSeeds()
    {
        var fit = await SeedTopicFit.OnTheSeedsAsync();
        (_analyzer, _embedding, _topics, _model) = (fit.Analyzer, fit.Embedding, fit.Topics, fit.Model);
    }

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "policycompare-topicmodel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void The_seed_model_keeps_the_fitted_topics_and_space()
    {
        Assert.That(_model.FormatVersion, Is.EqualTo(TopicModel.CurrentFormatVersion));
        Assert.That(_model.Topics.Select(t => t.Id), Is.EqualTo(_topics.Topics.Select(t => t.Id)));
        Assert.That(_model.Topics.Select(t => t.Label), Is.EqualTo(_topics.Topics.Select(t => t.Label)));
        Assert.That(_model.Topics.Select(t => t.Size), Is.EqualTo(_topics.Topics.Select(t => t.Members.Count)));
        Assert.That(_model.Topics, Has.Count.EqualTo(28));
        Assert.That(_model.Embedder.Dimensions, Is.EqualTo(30));
        Assert.That(_model.Embedder.Features, Has.Count.EqualTo(6118));
        var first = _model.Topics[0];
        Assert.That(first.Label, Is.EqualTo("完善公立医院管理体制（公立医院、公立医院综合改革、现代医院管理制度）"));
        Assert.That(first.Key, Is.EqualTo("public_hospital"));
        Assert.That(first.Size, Is.EqualTo(8));
        Assert.That(_model.Topics.Select(t => Norm(t.Centroid)), Has.All.EqualTo(1.0).Within(1e-5), "centroids are unit vectors");
    }

    [Test]
    public async Task The_kept_embedder_embeds_tasks_and_new_texts_exactly_as_the_fitted_one()
    {
        var kept = await _model.EmbedAsync(TestPlans.Seeds, Segmenter);
        Assert.That(kept.Tasks.Keys, Is.EqualTo(_embedding.Tasks.Keys));
        for (var i = 0; i < kept.Tasks.Keys.Count; i++)
        {
            Assert.That(kept.Tasks.VectorAt(i).ToArray(), Is.EqualTo(_embedding.Tasks.VectorAt(i).ToArray()), $"task {kept.Tasks.Keys[i]}");
        }

        // Texts the fit never saw, with terms outside its vocabulary and an empty one.
        string[] texts = ["推进县域医共体建设，完善分级诊疗制度。", "加强中医药服务能力，发展互联网医院。", "abc 123", ""];
        var fitted = await _embedding.Generator.GenerateAsync(texts);
        var again = await _model.CreateEmbedder(Segmenter).GenerateAsync(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.That(again[i].Vector.ToArray(), Is.EqualTo(fitted[i].Vector.ToArray()), texts[i]);
        }
    }

    [Test]
    public async Task The_kept_embedder_gives_the_same_vectors_on_one_thread_and_on_many()
    {
        var texts = TestPlans.Seeds.AllTasks.Select(t => t.Task.Text.Value).ToArray();
        var one = await _model.CreateEmbedder(Segmenter, maxDegreeOfParallelism: 1).GenerateAsync(texts);
        var many = await _model.CreateEmbedder(Segmenter, maxDegreeOfParallelism: 4).GenerateAsync(texts);

        Assert.That(many.Select(e => e.Vector.ToArray()), Is.EqualTo(one.Select(e => e.Vector.ToArray())));
    }

    [Test]
    public async Task A_saved_and_reloaded_model_is_the_same_to_the_last_bit()
    {
        var path = Path.Combine(_folder, "model.json");
        _model.Save(path);
        var loaded = TopicModel.Load(path);

        Assert.That(loaded.Format, Is.EqualTo(TopicModel.FormatName));
        Assert.That(loaded.Method, Is.EqualTo(_model.Method));
        Assert.That(loaded.PartWeights, Is.EqualTo(_model.PartWeights));
        var (a, b) = (_model.Embedder, loaded.Embedder);
        Assert.That(b.Features, Is.EqualTo(a.Features));
        Assert.That(b.InverseDocumentFrequencies.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(a.InverseDocumentFrequencies.Select(BitConverter.DoubleToInt64Bits)));
        Assert.That(b.Components.Select(BitConverter.SingleToInt32Bits), Is.EqualTo(a.Components.Select(BitConverter.SingleToInt32Bits)));
        Assert.That((b.WordWeight, b.CharNGramWeight, b.ConceptWeight, b.CharNGramMin, b.CharNGramMax, b.SublinearTf, b.Dimensions),
            Is.EqualTo((a.WordWeight, a.CharNGramWeight, a.ConceptWeight, a.CharNGramMin, a.CharNGramMax, a.SublinearTf, a.Dimensions)));
        Assert.That(b.Concepts.Keys, Is.EqualTo(a.Concepts.Keys));
        Assert.That(b.Concepts.Values.SelectMany(v => v), Is.EqualTo(a.Concepts.Values.SelectMany(v => v)));
        Assert.That(loaded.Topics, Has.Count.EqualTo(_model.Topics.Count));
        for (var t = 0; t < _model.Topics.Count; t++)
        {
            var (x, y) = (_model.Topics[t], loaded.Topics[t]);
            Assert.That((y.Id, y.Label, y.Key, y.EnglishName, y.Size), Is.EqualTo((x.Id, x.Label, x.Key, x.EnglishName, x.Size)));
            Assert.That(y.Keywords, Is.EqualTo(x.Keywords));
            Assert.That(y.Centroid.Select(BitConverter.SingleToInt32Bits), Is.EqualTo(x.Centroid.Select(BitConverter.SingleToInt32Bits)));
        }

        // The same placements, so the same topics and labels for every task.
        var before = await _model.TransformAsync(TestPlans.Seeds, Segmenter);
        var after = await loaded.TransformAsync(TestPlans.Seeds, Segmenter);
        Assert.That(after.Select(p => (p.Task, p.TopicId, p.Similarity)), Is.EqualTo(before.Select(p => (p.Task, p.TopicId, p.Similarity))));
        var topicsAfter = loaded.ToCorpusTopics(after, TestPlans.Seeds, (await loaded.EmbedAsync(TestPlans.Seeds, Segmenter)).Tasks);
        Assert.That(topicsAfter.Topics.Select(t => (t.Id, t.Label)), Is.EqualTo(_model.ToCorpusTopics(before, TestPlans.Seeds, _embedding.Tasks).Topics.Select(t => (t.Id, t.Label))));
    }

    [Test]
    public void Transforming_the_fitted_corpus_puts_its_tasks_back_in_their_topics()
    {
        var placed = _model.Place(_embedding.Tasks);
        var fit = _embedding.Tasks.Keys.Select(k => _topics.TopicOf(k)!.Id).ToArray();

        // Measured: 145 of the 146 tasks are nearest their own topic's centroid (ARI 0.991); clustering is average linkage
        // with a same-plan penalty, so a task can sit in a topic whose centroid is not its nearest.
        Assert.That(fit.Zip(placed).Count(x => x.First == x.Second.TopicId), Is.EqualTo(145));
        Assert.That(ClusteringMetrics.AdjustedRandIndex(fit, placed.Select(p => p.TopicId).ToArray()), Is.EqualTo(0.991).Within(0.001));
        Assert.That(placed.All(p => p.Similarities.Count == _model.Topics.Count && p.Similarities.Max() == p.Similarity), Is.True);
    }

    // Fit on the other four seed plans, place this plan's tasks; ARI over all 146 tasks (this plan by transform, the others
    // by the four-plan fit) against the five-plan fit, and, for comparison, the four-plan fit alone on its own tasks.
    [TestCase("innermongolia-2016", 0.8871, 0.9093)]
    [TestCase("jingmen-2017", 0.8613, 0.8912)]
    [TestCase("chengdu-2021", 0.9463, 0.9490)]
    [TestCase("jilin-2021", 0.9202, 0.9176)]
    [TestCase("hubei-2024", 0.9069, 0.9369)]
    public async Task A_plan_transformed_into_a_model_of_the_other_four_lands_where_the_full_fit_put_it(string documentId, double expectedAll, double expectedFour)
    {
        var seeds = TestPlans.Seeds;
        var rest = new PolicyCorpus(seeds.Documents.Where(d => d.Id != documentId).ToArray());
        var restEmbedding = await _analyzer.Aligner.EmbedAsync(rest);
        var restTopics = await _analyzer.Aligner.FindTopicsAsync(rest, null, restEmbedding);
        var model = TopicModel.Create(restTopics, restEmbedding, new EmbeddingOptions());

        var placed = (await model.TransformAsync(new PolicyCorpus([seeds[documentId]]), Segmenter)).ToDictionary(p => p.Task, p => p.TopicId);
        string Combined(TaskKey k) => placed.TryGetValue(k, out var id) ? id : restTopics.TopicOf(k)!.Id;
        var all = _embedding.Tasks.Keys;
        var four = all.Where(k => k.DocumentId != documentId).ToArray();

        Assert.That(placed, Has.Count.EqualTo(seeds[documentId].PolicyTasks.Count));
        Assert.That(ClusteringMetrics.AdjustedRandIndex(all.Select(k => _topics.TopicOf(k)!.Id).ToArray(), all.Select(Combined).ToArray()), Is.EqualTo(expectedAll).Within(0.0005));
        Assert.That(ClusteringMetrics.AdjustedRandIndex(four.Select(k => _topics.TopicOf(k)!.Id).ToArray(), four.Select(Combined).ToArray()), Is.EqualTo(expectedFour).Within(0.0005));
    }

    [Test]
    public void A_missing_file_is_a_typed_error_naming_it()
    {
        var path = Path.Combine(_folder, "absent.json");
        Assert.That(() => TopicModel.Load(path), Throws.TypeOf<TopicModelException>().With.Message.Contains(path).And.Property("Path").EqualTo(path));
    }

    [TestCase("not json {", "not valid JSON")]
    [TestCase("[1, 2]", "not a PolicyCompare topic model")]
    [TestCase("{\"format\": \"something-else\", \"formatVersion\": 1}", "not a PolicyCompare topic model")]
    [TestCase("{\"format\": \"policycompare-topic-model\"}", "no format version")]
    [TestCase("{\"format\": \"policycompare-topic-model\", \"formatVersion\": 2}", "format version 2 is not supported")]
    [TestCase("{\"format\": \"policycompare-topic-model\", \"formatVersion\": 1}", "malformed")]
    public void A_file_that_is_not_a_readable_model_is_a_typed_error_naming_it(string content, string problem)
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, content);
        Assert.That(() => TopicModel.Load(path), Throws.TypeOf<TopicModelException>().With.Message.Contains(path).And.Message.Contains(problem));
    }

    [Test]
    public void A_model_whose_parts_do_not_fit_together_is_a_typed_error_naming_it()
    {
        var path = Path.Combine(_folder, "model.json");
        _model.Save(path);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["embedder"]!["dimensions"] = 31;
        File.WriteAllText(path, json.ToJsonString());

        Assert.That(() => TopicModel.Load(path), Throws.TypeOf<TopicModelException>().With.Message.Contains(path).And.Message.Contains("component values"));
    }

    [Test]
    public void Saving_never_overwrites_a_file_that_is_not_a_topic_model()
    {
        var path = Path.Combine(_folder, "notes.json");
        File.WriteAllText(path, "{\"mine\": true}");

        Assert.That(() => _model.Save(path), Throws.TypeOf<PolicyCompareException>().With.Message.Contains("not overwritten"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("{\"mine\": true}"));

        var model = Path.Combine(_folder, "model.json");
        _model.Save(model);
        _model.Save(model);
        Assert.That(TopicModel.Load(model).Topics, Has.Count.EqualTo(28), "a topic model file may be replaced by a newer save");
    }

    [Test]
    public void Only_the_built_in_embedder_can_be_kept()
    {
        var vectors = TestPlans.Vectors(("a", 1, [1f, 0f]), ("b", 1, [0f, 1f]));
        var topics = new CorpusTopics([new CorpusTopic("T01", "x", [], new TaskKey("a", 1), "x", [new TaskKey("a", 1), new TaskKey("b", 1)], 1)], "test");
        var embedding = new CorpusEmbedding(vectors, new BatchingEmbeddingGenerator(new ForeignGenerator(), 8));

        Assert.That(() => TopicModel.Create(topics, embedding, new EmbeddingOptions()), Throws.TypeOf<PolicyCompareException>().With.Message.Contains("built-in embedder"));
    }

    private static double Norm(IReadOnlyList<float> v) => Math.Sqrt(v.Sum(x => (double)x * x));

    private sealed class ForeignGenerator : Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>
    {
        public Task<Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
