using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Embeddings;
using PolicyCompare.Text;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// Default <see cref="ITargetDriftAnalyzer"/>. Targets are first grouped by canonical name (alias table applied to the
/// phrase without its population qualifier; a generic phrase such as 重点人群覆盖率 takes the name of the previous
/// target of the same task), kind and unit; then groups whose phrase embeddings are similar enough are merged, most
/// similar pair first.
/// </summary>
public sealed class TargetDriftAnalyzer : ITargetDriftAnalyzer
{
    private readonly ITextSegmenter _segmenter;
    private readonly MetricsOptions _options;
    private readonly MetricLexicon _lexicon;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="segmenter">Splits task text into terms for rising and falling terms.</param>
    /// <param name="options">Metrics options.</param>
    /// <exception cref="PolicyCompareException">The options are invalid or the lexicon file cannot be read.</exception>
    public TargetDriftAnalyzer(ITextSegmenter segmenter, IOptions<MetricsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(options);
        options.Value.EnsureValid();
        _segmenter = segmenter;
        _options = options.Value;
        _lexicon = MetricLexicon.Load(_options.MetricLexiconPath);
    }

    /// <inheritdoc />
    public async Task<TargetDriftResult> AnalyzeAsync(PolicyCorpus corpus, CorpusTopics topics, CorpusEmbedding embedding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(embedding);
        var embeddings = embedding.Tasks;
        PlanOrder.RequireUniqueIds(corpus.Documents);
        var membership = TopicAssignment.Build(corpus, topics);
        var plans = PlanOrder.Sort(corpus.Documents);
        RequireEmbeddings(plans, membership, embeddings);

        var drafts = ReadTargets(plans, membership);
        var vectors = await EmbedAsync(embedding.Generator, drafts, cancellationToken).ConfigureAwait(false);
        var groups = TargetMetricGrouping.Group(drafts, vectors, _lexicon, _options);
        var metrics = groups
            .Select(g => (Group: g, Plans: g.Drafts.Select(d => d.Plan.DocumentId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(g => g.Plans)
            .ThenBy(g => g.Group.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Group.Kind)
            .ThenBy(g => g.Group.UnitKey, StringComparer.Ordinal)
            .Select((g, i) => MetricSeriesBuilder.Build($"M{i + 1:D3}", g.Group))
            .ToArray();

        var emphasis = EmphasisDrift.Shares(plans, membership);
        var language = EmphasisDrift.LanguageShifts(plans, membership, embeddings, _segmenter, _options.TopTermCount, cancellationToken);
        return new TargetDriftResult(metrics, emphasis, language, embeddings.EmbedderName);
    }

    private List<TargetDraft> ReadTargets(IReadOnlyList<PolicyDocument> plans, TopicAssignment membership)
    {
        var reader = new TargetPhraseReader(_lexicon, _options.TargetContextCharacters);
        var regions = MetricNaming.RegionNames(plans.Select(p => p.Metadata.Region));
        var drafts = new List<TargetDraft>();
        foreach (var plan in plans)
        {
            var reference = PlanReference.Of(plan) with { Place = _options.PlanSeries.TryGetValue(plan.Id, out var series) ? series : plan.Metadata.Region ?? plan.Id };

            // Every unit, goal units included: a plan's 工作目标 often state its targets (到2025年…达到…), and drift should see them.
            foreach (var task in plan.Tasks)
            {
                var topicId = membership.TopicOf(new TaskKey(plan.Id, task.Ordinal))?.Id;
                var searchFrom = 0;
                var inTask = new List<TargetDraft>();
                foreach (var target in task.Targets.OrderBy(t => t.Span.Start))
                {
                    var phrase = reader.Read(task, target, searchFrom);
                    searchFrom = TargetPhraseReader.Locate(task, target, searchFrom).End;
                    var resolved = _lexicon.Canonicalize(ResolveCore(phrase, target.Kind, inTask));
                    var name = MetricNaming.Clean(resolved, regions)
                        ?? MetricNaming.FromSentence(phrase.SentenceBefore, regions, reader.Clean)
                        ?? $"未命名{target.Kind}指标";
                    var basis = target.Per is null ? MetricNaming.PlaceBasis(phrase.Phrase) : null;
                    var draft = new TargetDraft(reference, task.Ordinal, topicId, target, phrase, name, (basis ?? string.Empty) + UnitKey(target));
                    inTask.Add(draft);
                }

                drafts.AddRange(inTask);
            }
        }

        return drafts;
    }

    /// <summary>
    /// A generic core (覆盖率, 比例…) names nothing alone: take the name of the nearest earlier target of the same
    /// task and kind that has a specific one (家庭医生…覆盖率达到30%，重点人群覆盖率达到60%).
    /// </summary>
    private string ResolveCore(TargetPhrase phrase, TargetKind kind, IReadOnlyList<TargetDraft> earlierInTask)
    {
        if (!IsGeneric(phrase.Core))
        {
            return phrase.Core;
        }

        for (var i = earlierInTask.Count - 1; i >= 0; i--)
        {
            if (earlierInTask[i].Target.Kind == kind && !IsGeneric(earlierInTask[i].Phrase.Core))
            {
                return earlierInTask[i].Name;
            }
        }

        return phrase.Phrase.Length > 0 ? phrase.Phrase : $"未命名{kind}指标";
    }

    private bool IsGeneric(string core) => core.Length < 2 || _lexicon.GenericMeasures.Contains(core);

    /// <summary>
    /// The unit targets must share to be one metric: % and 元 for percentages and money (values are in base units), the
    /// unit as written for counts and ratios, prefixed by what the value is per (人均45元 is not comparable with 2000万元);
    /// for milestones, 全覆盖 or nothing (a full-coverage commitment is not the same commitment as a dated outcome).
    /// </summary>
    private static string UnitKey(Target target) => (target.Per ?? string.Empty) + target.Kind switch
    {
        TargetKind.Percentage => "%",
        TargetKind.Money => "元",
        TargetKind.Milestone => target.IsFullCoverage ? "全覆盖" : string.Empty,
        _ => target.Unit,
    };

    private static async Task<Dictionary<string, float[]>> EmbedAsync(IEmbeddingGenerator<string, Embedding<float>> generator, IReadOnlyList<TargetDraft> drafts, CancellationToken cancellationToken)
    {
        var texts = drafts.Select(d => d.EmbeddingText).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (texts.Length == 0)
        {
            return new Dictionary<string, float[]>(StringComparer.Ordinal);
        }

        var generated = await generator.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (generated.Count != texts.Length)
        {
            throw new PolicyCompareException($"The embedding generator returned {generated.Count} vectors for {texts.Length} target phrases.");
        }

        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Length; i++)
        {
            vectors[texts[i]] = generated[i].Vector.ToArray();
        }

        return vectors;
    }

    private static void RequireEmbeddings(IEnumerable<PolicyDocument> plans, TopicAssignment membership, TaskEmbeddings embeddings)
    {
        var known = embeddings.Keys.ToHashSet();
        foreach (var plan in plans)
        {
            foreach (var task in plan.PolicyTasks)
            {
                var key = new TaskKey(plan.Id, task.Ordinal);
                if (membership.TopicOf(key) is not null && !known.Contains(key))
                {
                    throw new PolicyCompareException($"Task {key} has a topic but no embedding; were the embeddings computed on another corpus?");
                }
            }
        }
    }
}
