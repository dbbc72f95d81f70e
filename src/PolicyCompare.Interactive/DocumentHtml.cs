using PolicyCompare.Corpus;
using PolicyCompare.Documents;

namespace PolicyCompare.Interactive;

/// <summary>Plans and task lists as tables: one row per task with its lead department and targets.</summary>
internal static class DocumentHtml
{
    public static string Format(PolicyDocument document)
    {
        var m = document.Metadata;
        var facts = string.Join(" · ", new[]
        {
            m.Level, m.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Issuer,
            HtmlTable.Plural(document.Sections.Count, "section"), HtmlTable.Plural(document.Tasks.Count, "task"),
            document.StatesResponsibilities ? null : "departments not stated",
        }.Where(f => !string.IsNullOrEmpty(f)));
        return $"<div><b>{HtmlTable.Encode(m.Title ?? m.DisplayName)}</b> ({HtmlTable.Encode(document.Id)})<br/>{HtmlTable.Encode(facts)}</div>"
            + Tasks(document.Tasks).ToHtml("Tasks of " + m.DisplayName);
    }

    public static string Format(IEnumerable<PolicyTask> tasks)
    {
        var table = Tasks(tasks);
        return table.ToHtml(HtmlTable.Plural(table.RowCount, "task"));
    }

    public static string Format(PolicyCorpus corpus)
    {
        var table = new HtmlTable("id", "plan", "level", "year", "tasks", "sections", "departments", "targets").Numeric(3, 4, 5, 6, 7);
        foreach (var d in corpus.Documents)
        {
            table.Add(d.Id, d.Metadata.Title ?? d.Metadata.DisplayName, d.Metadata.Level, d.Metadata.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                HtmlTable.Number(d.Tasks.Count), HtmlTable.Number(d.Sections.Count),
                d.StatesResponsibilities
                    ? HtmlTable.Number(d.Tasks.SelectMany(t => t.Responsibilities).Select(r => r.Canonical ?? r.Name).Distinct(StringComparer.Ordinal).Count())
                    : "not stated",
                HtmlTable.Number(d.Tasks.Sum(t => t.Targets.Count)));
        }

        return table.ToHtml($"{HtmlTable.Plural(corpus.Documents.Count, "plan")}, {HtmlTable.Plural(corpus.Documents.Sum(d => d.Tasks.Count), "task")}");
    }

    private static HtmlTable Tasks(IEnumerable<PolicyTask> tasks)
    {
        var table = new HtmlTable("#", "number", "title", "lead", "others", "targets").Numeric(0);
        foreach (var task in tasks)
        {
            var lead = task.Responsibilities.FirstOrDefault(r => r.Role == ResponsibilityRole.Lead);
            table.Add(
                HtmlTable.Number(task.Ordinal),
                task.Number,
                task.Title,
                lead?.Name,
                task.Responsibilities.Count > 1 ? HtmlTable.Number(task.Responsibilities.Count - 1) : null,
                string.Join("；", task.Targets.Select(t => t.Text)));
        }

        return table;
    }
}
