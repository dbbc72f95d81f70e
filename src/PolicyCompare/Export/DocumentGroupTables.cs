using System.Globalization;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;

namespace PolicyCompare.Export;

/// <summary>
/// Coverage and department load pooled over groups of plans that share the value of a document variable (a custom
/// variable of <c>corpus.json</c>, or <c>region</c>, <c>region_en</c>, <c>level</c>, <c>year</c>, <c>issuer</c>): quanteda's
/// grouping by docvars, BERTopic's <c>topics_per_class</c>.
/// </summary>
public static class DocumentGroupTables
{
    private static readonly string[] BuiltInVariables = ["region", "region_en", "level", "year", "issuer"];

    /// <summary>
    /// Table <c>coverage-by-&lt;variable&gt;</c>: one row per group × topic, groups in ordinal order of their value (plans
    /// without a value form the group null, last), topics in the analysis's order. Columns: the variable (the group's
    /// value as text; named <c>document_&lt;variable&gt;</c> if the variable has the name of another column), <c>topic_id</c>, <c>topic_label</c>, <c>plan_count</c> (plans in the group),
    /// <c>plans_covering</c> (of them, plans with ≥ 1 task in the topic), <c>task_count</c> (the group's tasks in the
    /// topic), <c>assigned_task_count</c> (the group's tasks that have a topic) and <c>share</c> = task_count /
    /// assigned_task_count (NaN when the group has no assigned task).
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="variable">The grouping variable.</param>
    /// <returns>The table.</returns>
    /// <exception cref="PolicyCompareException">No plan has <paramref name="variable"/>.</exception>
    public static ResultTable CoverageBy(this CorpusAnalysis analysis, string variable)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var groups = Groups(analysis, variable);
        var table = new TableBuilder("coverage-by-" + variable)
            .Text(GroupColumn(variable, "topic_id", "topic_label", "plan_count", "plans_covering", "task_count", "assigned_task_count", "share")).Text("topic_id").Text("topic_label").Integer("plan_count").Integer("plans_covering").Integer("task_count")
            .Integer("assigned_task_count").Real("share");
        foreach (var (value, documents) in groups)
        {
            var topicsOfTasks = documents
                .SelectMany(d => d.Tasks.Select(t => (Document: d.Id, Topic: analysis.Topics.TopicOf(new TaskKey(d.Id, t.Ordinal))?.Id)))
                .Where(x => x.Topic is not null)
                .ToList();
            foreach (var topic in analysis.Topics.Topics)
            {
                var inTopic = topicsOfTasks.Where(x => x.Topic == topic.Id).ToList();
                table.Row(value, topic.Id, topic.Label, documents.Count, inTopic.Select(x => x.Document).Distinct(StringComparer.Ordinal).Count(),
                    inTopic.Count, topicsOfTasks.Count, topicsOfTasks.Count == 0 ? double.NaN : (double)inTopic.Count / topicsOfTasks.Count);
            }
        }

        return table.Build();
    }

    /// <summary>
    /// Table <c>load-by-&lt;variable&gt;</c>: department load pooled over each group's plans that state departments (the
    /// plans "not stated" stay out, as in the per-plan tables), one row per group × agency, agencies by weighted load
    /// (descending), then key. Columns: the variable, <c>agency_key</c>, <c>agency_name</c>, <c>plan_count</c> (the group's
    /// plans that state departments), <c>plans_naming</c> (of them, plans naming the agency), <c>led</c>, <c>co</c>,
    /// <c>participating</c>, <c>stated_task_count</c> (the group's tasks that name a department), <c>lead_share</c> = led /
    /// stated_task_count, <c>weighted_load</c> (the sum of the plans' weighted loads), <c>load_per_task</c> = weighted_load
    /// / stated_task_count and <c>load_share</c> = weighted_load / the group's total weighted load.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="variable">The grouping variable.</param>
    /// <returns>The table.</returns>
    /// <exception cref="PolicyCompareException">No plan has <paramref name="variable"/>.</exception>
    public static ResultTable LoadBy(this CorpusAnalysis analysis, string variable)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var groups = Groups(analysis, variable);
        var table = new TableBuilder("load-by-" + variable)
            .Text(GroupColumn(variable, "agency_key", "agency_name", "plan_count", "plans_naming", "led", "co", "participating", "stated_task_count",
                "lead_share", "weighted_load", "load_per_task", "load_share")).Text("agency_key").Text("agency_name").Integer("plan_count").Integer("plans_naming").Integer("led").Integer("co")
            .Integer("participating").Integer("stated_task_count").Real("lead_share").Real("weighted_load").Real("load_per_task").Real("load_share");
        foreach (var (value, documents) in groups)
        {
            var ids = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var loads = analysis.DepartmentLoad.Loads.Where(l => ids.Contains(l.Plan.DocumentId)).ToList();
            var stating = loads.GroupBy(l => l.Plan.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().StatedTaskCount, StringComparer.Ordinal);
            var stated = stating.Values.Sum();
            var total = loads.Sum(l => l.WeightedLoad);
            var agencies = loads
                .GroupBy(l => l.AgencyKey, StringComparer.Ordinal)
                .Select(g => (Key: g.Key, Name: g.First().AgencyName, Plans: g.Count(), Led: g.Sum(l => l.Led), Co: g.Sum(l => l.Co),
                    Participating: g.Sum(l => l.Participating), Load: g.Sum(l => l.WeightedLoad)))
                .OrderByDescending(a => a.Load).ThenBy(a => a.Key, StringComparer.Ordinal);
            foreach (var a in agencies)
            {
                table.Row(value, a.Key, a.Name, stating.Count, a.Plans, a.Led, a.Co, a.Participating, stated,
                    stated == 0 ? double.NaN : (double)a.Led / stated, a.Load, stated == 0 ? double.NaN : a.Load / stated, total == 0 ? double.NaN : a.Load / total);
            }
        }

        return table.Build();
    }

    /// <summary>
    /// <see cref="CoverageBy"/> and <see cref="LoadBy"/> for every custom document variable of the corpus, in ordinal
    /// order of the variable's name (none when the manifest gives no variable).
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The tables: coverage-by-&lt;name&gt;, load-by-&lt;name&gt; per variable.</returns>
    public static IReadOnlyList<ResultTable> ToVariableGroupTables(this CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return DocumentVariableColumns.Names(analysis.Corpus).SelectMany(n => new[] { analysis.CoverageBy(n), analysis.LoadBy(n) }).ToList();
    }

    /// <summary>The group column is named as the variable, or <c>document_&lt;name&gt;</c> when that is one of the table's other columns.</summary>
    private static string GroupColumn(string variable, params string[] others) =>
        others.Contains(variable, StringComparer.Ordinal) ? "document_" + variable : variable;

    /// <summary>The plans by value of <paramref name="variable"/> as text, in ordinal order of the value, plans without a value last.</summary>
    private static List<(string? Value, List<PolicyDocument> Documents)> Groups(CorpusAnalysis analysis, string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var documents = analysis.Corpus.Documents;
        if (!BuiltInVariables.Contains(variable, StringComparer.Ordinal) && !documents.Any(d => d.Metadata.Variables.ContainsKey(variable)))
        {
            var known = BuiltInVariables.Concat(DocumentVariableColumns.Names(analysis.Corpus));
            throw new PolicyCompareException($"No plan has the variable \"{variable}\" (known: {string.Join(", ", known)}).");
        }

        return documents
            .GroupBy(d => ValueOf(d.Metadata, variable))
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToList()))
            .ToList();
    }

    private static string? ValueOf(DocumentMetadata metadata, string variable) => variable switch
    {
        "region" => metadata.Region,
        "region_en" => metadata.RegionEn,
        "level" => metadata.Level,
        "year" => metadata.Year?.ToString(CultureInfo.InvariantCulture),
        "issuer" => metadata.Issuer,
        _ => metadata.Variables.GetValueOrDefault(variable) switch
        {
            null => null,
            double d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            var other => (string)other,
        },
    };
}
