using System.Numerics.Tensors;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Text;

namespace PolicyCompare.Topics;

/// <summary>
/// A fitted topic model that can be kept in a file and reused: the built-in embedder's fitted state, how task parts were
/// weighted, and the topics (names and centroids). New plans are placed into its topics by <see cref="TransformAsync"/>
/// (nearest centroid by cosine in the model's own embedding space, as BERTopic's <c>transform</c>), so a study's topics
/// stay frozen and reproducible.
/// </summary>
/// <remarks>
/// Saved as versioned JSON (System.Text.Json). Numbers are written in their shortest round-trip form, so every float and
/// double reads back bit for bit. Only the built-in TF-IDF + LSA embedder can be kept: a plugged-in generator (ONNX
/// model, hosted API) lives outside the file.
/// </remarks>
public sealed record TopicModel
{
    /// <summary>The format version this build writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The value of <see cref="Format"/> in every topic model file.</summary>
    public const string FormatName = "policycompare-topic-model";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Names the file kind, so another JSON file is never taken for a model.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>Format version of the file (see <see cref="CurrentFormatVersion"/>).</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The fitted embedder.</summary>
    public required TfidfLsaState Embedder { get; init; }

    /// <summary>How a task's parts were weighted into its vector.</summary>
    public required TaskPartWeights PartWeights { get; init; }

    /// <summary>The topics, in id order.</summary>
    public required IReadOnlyList<KeptTopic> Topics { get; init; }

    /// <summary>How the topics would merge further, closest first (the clustering's merge tree above the topics); empty when none was kept.</summary>
    public IReadOnlyList<TopicMerge> Hierarchy { get; init; } = [];

    /// <summary>How the topics were found, for a report's methods section.</summary>
    public required string Method { get; init; }

    /// <summary>
    /// Reduces the model to <paramref name="topicCount"/> topics by applying the first merges of <see cref="Hierarchy"/>
    /// (BERTopic's <c>reduce_topics</c>, but following the clustering's own tree). A merged topic keeps the id, label,
    /// keywords and codebook names of its larger part (the first on a tie); its size is the sum and its centroid the exact
    /// normalized mean of both parts' tasks. The remaining merges name merged topics by their kept id.
    /// </summary>
    /// <param name="topicCount">The number of topics wanted, from 1 to the current number.</param>
    /// <returns>The reduced model (this model when the count is the current one).</returns>
    /// <exception cref="PolicyCompareException">The count is out of range, or the model keeps too few merges.</exception>
    public TopicModel ReduceTopics(int topicCount)
    {
        if (topicCount < 1 || topicCount > Topics.Count)
        {
            throw new PolicyCompareException($"Cannot reduce {Topics.Count} topics to {topicCount}: the count must be between 1 and {Topics.Count}.");
        }

        var steps = Topics.Count - topicCount;
        if (steps == 0)
        {
            return this;
        }

        if (steps > Hierarchy.Count)
        {
            throw new PolicyCompareException($"Cannot reduce {Topics.Count} topics to {topicCount}: the model keeps only {Hierarchy.Count} merges.");
        }

        var topics = Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var order = Topics.Select(t => t.Id).ToList();
        var alias = new Dictionary<string, string>(StringComparer.Ordinal);
        string Resolve(string node) => alias.TryGetValue(node, out var id) ? id : node;
        foreach (var merge in Hierarchy.Take(steps))
        {
            var (left, right) = (topics[Resolve(merge.Left)], topics[Resolve(merge.Right)]);
            var merged = Merge(left, right);
            var dropped = merged.Id == left.Id ? right.Id : left.Id;
            topics[merged.Id] = merged;
            topics.Remove(dropped);
            order.Remove(dropped);
            alias[merge.Id] = merged.Id;
            alias[dropped] = merged.Id;
        }

        var rest = Hierarchy.Skip(steps).Select(m => m with { Left = Resolve(m.Left), Right = Resolve(m.Right) }).ToArray();
        return this with { Topics = order.Select(id => topics[id]).ToArray(), Hierarchy = rest };
    }

    /// <summary>
    /// Merges the given topics into one (BERTopic's <c>merge_topics</c>): it keeps the id, label, keywords and codebook
    /// names of the largest (the first listed on a tie), with the summed size and the exact centroid of all their tasks.
    /// A hand-made merge is not one of the clustering's, so the merged model keeps no <see cref="Hierarchy"/>.
    /// </summary>
    /// <param name="topicIds">Two or more topic ids of this model.</param>
    /// <returns>The merged model.</returns>
    /// <exception cref="PolicyCompareException">Fewer than two distinct ids are given, or an id is not a topic of the model.</exception>
    public TopicModel MergeTopics(IReadOnlyList<string> topicIds)
    {
        ArgumentNullException.ThrowIfNull(topicIds);
        var ids = topicIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length < 2)
        {
            throw new PolicyCompareException("Merging topics needs at least two distinct topic ids.");
        }

        if (ids.FirstOrDefault(id => Topics.All(t => t.Id != id)) is { } unknown)
        {
            throw new PolicyCompareException($"The model has no topic '{unknown}' (topics: {string.Join(", ", Topics.Select(t => t.Id))}).");
        }

        var parts = ids.Select(id => Topics.First(t => t.Id == id)).ToArray();
        var merged = parts.Skip(1).Aggregate(parts[0], Merge);
        return this with
        {
            Topics = Topics.Where(t => t.Id == merged.Id || !ids.Contains(t.Id, StringComparer.Ordinal)).Select(t => t.Id == merged.Id ? merged : t).ToArray(),
            Hierarchy = [],
        };
    }

    // The larger part names the topic; the mean of both parts' task vectors is rebuilt from each part's normalized
    // centroid, mean length and size, so it is the mean a fit of the union would give.
    private static KeptTopic Merge(KeptTopic first, KeptTopic second)
    {
        var name = second.Size > first.Size ? second : first;
        var size = first.Size + second.Size;
        var mean = new double[first.Centroid.Count];
        for (var d = 0; d < mean.Length; d++)
        {
            mean[d] = ((first.Size * first.MeanLength * first.Centroid[d]) + (second.Size * second.MeanLength * second.Centroid[d])) / size;
        }

        var length = Math.Sqrt(mean.Sum(x => x * x));
        var centroid = mean.Select(x => length == 0 ? 0f : (float)(x / length)).ToArray();
        return name with { Size = size, Centroid = centroid, MeanLength = length };
    }

    /// <summary>Keeps the topics of a fit.</summary>
    /// <param name="topics">The topics found on the corpus.</param>
    /// <param name="embedding">The corpus embedding the topics were found with.</param>
    /// <param name="options">The embedding options of the fit (for the part weights).</param>
    /// <returns>The model.</returns>
    /// <exception cref="PolicyCompareException">The embedding was not made by the built-in embedder, or a topic has no embedded member.</exception>
    public static TopicModel Create(CorpusTopics topics, CorpusEmbedding embedding, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(embedding);
        ArgumentNullException.ThrowIfNull(options);
        var generator = embedding.Generator.GetService(typeof(TfidfLsaEmbeddingGenerator)) as TfidfLsaEmbeddingGenerator
            ?? throw new PolicyCompareException(
                $"Only a topic model fitted with the built-in embedder ({TfidfLsaEmbeddingGenerator.ProviderName}) can be kept; these topics were embedded by {embedding.Tasks.EmbedderName}.");
        var kept = topics.Topics.Select(topic =>
        {
            var sum = new float[embedding.Tasks.Dimensions];
            foreach (var member in topic.Members)
            {
                TensorPrimitives.Add(sum, embedding.Tasks.VectorOf(member), sum);
            }

            var norm = TensorPrimitives.Norm(sum);
            if (topic.Members.Count == 0 || norm == 0)
            {
                throw new PolicyCompareException($"Topic {topic.Id} has no member with a non-zero vector, so it has no centroid to keep.");
            }

            TensorPrimitives.Divide(sum, norm, sum);
            return new KeptTopic(topic.Id, topic.Label, topic.Keywords.ToArray(), topic.Key, topic.EnglishName, topic.Members.Count, sum, (double)norm / topic.Members.Count);
        }).ToArray();
        return new TopicModel
        {
            Embedder = generator.State,
            PartWeights = TaskPartWeights.Of(options),
            Topics = kept,
            Hierarchy = topics.Hierarchy.ToArray(),
            Method = topics.Method,
        };
    }

    /// <summary>Writes the model as JSON.</summary>
    /// <param name="path">The file to write. An existing file is replaced only when it is itself a topic model file.</param>
    /// <exception cref="PolicyCompareException">The path holds a file that is not a topic model (never overwritten).</exception>
    public void Save(string path)
    {
        var full = CheckSavePath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);

        // Written beside the target and moved in, so a failed write never leaves half a model.
        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, this, Json);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Checks, before any work, that <see cref="Save"/> may write to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write.</param>
    /// <returns>Its full path.</returns>
    /// <exception cref="PolicyCompareException">The path is a folder, or holds a file that is not a topic model (never overwritten).</exception>
    public static string CheckSavePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new PolicyCompareException($"Cannot save the topic model to '{path}': it is a folder.");
        }

        if (File.Exists(full) && !IsModelFile(full))
        {
            throw new PolicyCompareException($"Cannot save the topic model to '{path}': the file exists and is not a topic model, so it is not overwritten.");
        }

        return full;
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="TopicModelException">The file is missing, not a topic model, of an unknown format version, or inconsistent.</exception>
    public static TopicModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TopicModelException(path, "the file does not exist.");
        }

        // The header first, so a newer file is named as such rather than failing on a field this build does not know.
        int version;
        try
        {
            using var header = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = header.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            {
                throw new TopicModelException(path, $"it is not a PolicyCompare topic model (no \"format\": \"{FormatName}\").");
            }

            if (!root.TryGetProperty("formatVersion", out var v) || !v.TryGetInt32(out version))
            {
                throw new TopicModelException(path, "it has no format version.");
            }
        }
        catch (JsonException e)
        {
            throw new TopicModelException(path, $"it is not valid JSON ({e.Message}).", e);
        }

        if (version != CurrentFormatVersion)
        {
            throw new TopicModelException(path, $"format version {version} is not supported (this build reads version {CurrentFormatVersion}).");
        }

        TopicModel? model;
        try
        {
            using var stream = File.OpenRead(path);
            model = JsonSerializer.Deserialize<TopicModel>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new TopicModelException(path, $"it is malformed ({e.Message}).", e);
        }

        if (model is null)
        {
            throw new TopicModelException(path, "it holds no model.");
        }

        if (model.Problem() is { } problem)
        {
            throw new TopicModelException(path, problem + ".");
        }

        return model;
    }

    /// <summary>The kept embedder, ready to embed new texts into the model's space.</summary>
    /// <param name="segmenter">The word segmenter, with the settings the model was fitted with.</param>
    /// <param name="maxDegreeOfParallelism">Upper bound on threads; results do not depend on it.</param>
    /// <returns>The embedder.</returns>
    public TfidfLsaEmbeddingGenerator CreateEmbedder(ITextSegmenter segmenter, int maxDegreeOfParallelism = -1) =>
        TfidfLsaEmbeddingGenerator.FromState(Embedder, segmenter, maxDegreeOfParallelism);

    /// <summary>
    /// Places every task of a corpus into the model's topics: each task is embedded with the kept embedder and part weights
    /// and goes to the topic whose centroid is nearest by cosine; the cosine to every centroid is its membership score.
    /// </summary>
    /// <param name="corpus">The plans to place.</param>
    /// <param name="segmenter">The word segmenter, with the settings the model was fitted with.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One placement per task, in corpus order.</returns>
    /// <exception cref="PolicyCompareException">The corpus has no task.</exception>
    public async Task<IReadOnlyList<TopicPlacement>> TransformAsync(PolicyCorpus corpus, ITextSegmenter segmenter, CancellationToken cancellationToken = default)
    {
        var embedding = await EmbedAsync(corpus, segmenter, cancellationToken).ConfigureAwait(false);
        return Place(embedding.Tasks);
    }

    /// <summary>Embeds a corpus's tasks into the model's space.</summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="segmenter">The word segmenter, with the settings the model was fitted with.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The task vectors and the kept embedder.</returns>
    /// <exception cref="PolicyCompareException">The corpus has no task.</exception>
    public Task<CorpusEmbedding> EmbedAsync(PolicyCorpus corpus, ITextSegmenter segmenter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(segmenter);
        var options = new EmbeddingOptions
        {
            TitleWeight = PartWeights.Title,
            TextWeight = PartWeights.Text,
            SectionWeight = PartWeights.Section,
            AgencyWeight = PartWeights.Agency,
        };
        return new TaskEmbedder(new FixedGeneratorProvider(CreateEmbedder(segmenter)), options).EmbedAsync(corpus, cancellationToken);
    }

    /// <summary>Places embedded tasks into the model's topics (nearest centroid by cosine).</summary>
    /// <param name="tasks">Task vectors in the model's space (from <see cref="EmbedAsync"/>).</param>
    /// <returns>One placement per task, in the order of <paramref name="tasks"/>.</returns>
    /// <exception cref="PolicyCompareException">The vectors' dimension is not the model's.</exception>
    public IReadOnlyList<TopicPlacement> Place(TaskEmbeddings tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Keys.Count > 0 && tasks.Dimensions != Embedder.Dimensions)
        {
            throw new PolicyCompareException($"The task vectors have {tasks.Dimensions} dimensions but the topic model's space has {Embedder.Dimensions}.");
        }

        var centroids = Topics.Select(t => t.Centroid.ToArray()).ToArray();
        return tasks.Keys.Select((key, i) =>
        {
            var vector = tasks.VectorAt(i);
            var similarities = new double[centroids.Length];
            for (var t = 0; t < centroids.Length; t++)
            {
                similarities[t] = TensorPrimitives.Dot(vector, centroids[t]);
            }

            var best = 0;
            for (var t = 1; t < similarities.Length; t++)
            {
                if (similarities[t] > similarities[best])
                {
                    best = t;
                }
            }

            return new TopicPlacement(key, Topics[best].Id, similarities[best], similarities);
        }).ToArray();
    }

    /// <summary>
    /// The corpus topics that placements make: each kept topic that received a task, with the model's label, keywords and
    /// codebook names; the central task is the member nearest the kept centroid, the cohesion the mean cosine of the
    /// members to their own centroid (as in a fit).
    /// </summary>
    /// <param name="placements">Placements from <see cref="Place"/> or <see cref="TransformAsync"/>.</param>
    /// <param name="corpus">The corpus the placed tasks belong to (for the central task's title).</param>
    /// <param name="tasks">The placed tasks' vectors in the model's space.</param>
    /// <returns>
    /// The topics, in the model's order; a kept topic no task was placed in is left out. The hierarchy is the model's (it
    /// may name topics that received no task).
    /// </returns>
    /// <exception cref="PolicyCompareException">A placement names a topic the model lacks or a task the corpus lacks.</exception>
    public CorpusTopics ToCorpusTopics(IReadOnlyList<TopicPlacement> placements, PolicyCorpus corpus, TaskEmbeddings tasks)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(tasks);
        var titles = corpus.AllTasks.ToDictionary(t => new TaskKey(t.Document.Id, t.Task.Ordinal), t => t.Task.Title);
        var unknown = placements.FirstOrDefault(p => Topics.All(t => t.Id != p.TopicId));
        if (unknown is not null)
        {
            throw new PolicyCompareException($"Task {unknown.Task} is placed in topic {unknown.TopicId}, which the model does not have.");
        }

        var topics = new List<CorpusTopic>();
        foreach (var kept in Topics)
        {
            var members = placements.Where(p => p.TopicId == kept.Id).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var central = members.OrderByDescending(p => p.Similarity).ThenBy(p => p.Task).First();
            if (!titles.TryGetValue(central.Task, out var title))
            {
                throw new PolicyCompareException($"Task {central.Task} is not in the corpus.");
            }

            var centroid = new float[tasks.Dimensions];
            foreach (var member in members)
            {
                TensorPrimitives.Add(centroid, tasks.VectorOf(member.Task), centroid);
            }

            var norm = TensorPrimitives.Norm(centroid);
            var cohesion = norm == 0 ? 0 : members.Average(m => (double)TensorPrimitives.Dot(tasks.VectorOf(m.Task), centroid) / norm);
            var ordered = members.Select(m => m.Task).Order().ToArray();
            topics.Add(new CorpusTopic(kept.Id, kept.Label, kept.Keywords, central.Task, title, ordered, cohesion)
            {
                Key = kept.Key,
                EnglishName = kept.EnglishName,
            });
        }

        return new CorpusTopics(topics, $"kept topic model ({Method}); tasks placed by nearest topic centroid (cosine)") { Hierarchy = Hierarchy };
    }

    private string? Problem() =>
        Embedder?.Problem() is { } embedder ? "its embedder is inconsistent: " + embedder
        : Topics is null || Topics.Count == 0 ? "it has no topic"
        : PartWeights is null ? "it has no part weights"
        : Topics.FirstOrDefault(t => t.Centroid is null || t.Centroid.Count != Embedder!.Dimensions) is { } bad
            ? $"topic {bad.Id}'s centroid does not have the embedder's {Embedder!.Dimensions} dimensions"
        : Topics.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() != Topics.Count ? "a topic id repeats"
        : HierarchyProblem();

    // Every merge joins two nodes that exist and are not yet merged: topics or earlier merges.
    private string? HierarchyProblem()
    {
        if (Hierarchy is null)
        {
            return "its hierarchy is missing";
        }

        var open = new HashSet<string>(Topics.Select(t => t.Id), StringComparer.Ordinal);
        foreach (var merge in Hierarchy)
        {
            if (merge.Left == merge.Right || !open.Remove(merge.Left) || !open.Remove(merge.Right) || !open.Add(merge.Id))
            {
                return $"hierarchy merge {merge.Id} does not join two open nodes ({merge.Left}, {merge.Right})";
            }
        }

        return null;
    }

    private static bool IsModelFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("format", out var format)
                && format.ValueKind == JsonValueKind.String
                && format.GetString() == FormatName;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
