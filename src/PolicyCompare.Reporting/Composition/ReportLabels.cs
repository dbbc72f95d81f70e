using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Metrics;

namespace PolicyCompare.Reporting.Composition;

/// <summary>Display names of plans, topics and tasks in the report's language.</summary>
internal sealed class ReportLabels(PolicyCorpus corpus, CorpusTopics topics, ReportLanguage language)
{
    private readonly Dictionary<string, PolicyDocument> documents = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, CorpusTopic> topicsById = topics.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);

    // Two clusters can share a codebook entry's English name; the topic id keeps their labels apart in English reports.
    private readonly HashSet<string> sharedEnglishNames = topics.Topics
        .Where(t => t.EnglishName is not null)
        .GroupBy(t => t.EnglishName!, StringComparer.Ordinal)
        .Where(g => g.Count() > 1)
        .Select(g => g.Key)
        .ToHashSet(StringComparer.Ordinal);

    public string Plan(PlanReference plan) => Plan(plan.DocumentId);

    public string Plan(string documentId)
    {
        if (!documents.TryGetValue(documentId, out PolicyDocument? document))
        {
            return documentId;
        }

        DocumentMetadata m = document.Metadata;
        string? region = language == ReportLanguage.English ? m.RegionEn ?? m.Region : m.Region;
        return region is null ? m.Id : m.Year is null ? region : region + " " + ReportFormat.Integer(m.Year.Value);
    }

    public string Topic(string topicId, string fallback) =>
        topicsById.TryGetValue(topicId, out CorpusTopic? topic)
            ? (language == ReportLanguage.English ? EnglishName(topic) : topic.Label)
            : fallback;

    private string EnglishName(CorpusTopic topic) => topic.EnglishName switch
    {
        null => topic.Label + " [untranslated]",
        { } name when sharedEnglishNames.Contains(name) => $"{name} ({topic.Id})",
        { } name => name,
    };

    public PolicyTask? TaskOf(TaskKey key) =>
        documents.TryGetValue(key.DocumentId, out PolicyDocument? document) ? document.Tasks.FirstOrDefault(t => t.Ordinal == key.Ordinal) : null;

    public string Task(TaskKey key) =>
        TaskOf(key) is { } task ? (task.Number + " " + task.Title).Trim() : key.DocumentId + "#" + ReportFormat.Integer(key.Ordinal);
}
