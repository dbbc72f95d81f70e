using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;

namespace PolicyCompare.Synthesis;

/// <summary>
/// Generates plans recombined from the tasks of a parsed corpus, for tests and benchmarks at any size: each plan samples and
/// reorders source tasks into sections, numbers them in one of the styles the seed plans use, varies percentages, years and
/// the level prefix of departments, and may add web-page or PDF debris. Every generated task records the source task it
/// carries, so labels of the source corpus score topics on the generated one (<see cref="SyntheticCorpus.PropagateLabels"/>).
/// </summary>
/// <remarks>
/// Deterministic: plan i draws from its own generator seeded by (<see cref="SynthesisOptions.Seed"/>, i), so a plan does not
/// depend on how many others are generated. Text transformations are chosen so that the parser finds exactly the generated
/// tasks: breaks are inserted only between two Chinese characters and never before a numeral, and the responsibility
/// parenthesis is never broken.
/// </remarks>
public static partial class CorpusSynthesizer
{
    private static readonly string[] Numerals = ChineseNumerals(99);

    private static readonly string[] WebHeaders =
    [
        "首页 机构概况 新闻中心 政府信息公开 政务服务 互动交流", "当前位置:首页>政务公开>政策文件", "您当前的位置：首页 > 重点专题 > 深化医药卫生体制改革",
        "索引号:000014349/{0}-00012",
    ];

    private static readonly string[] WebFooters =
    [
        "主办单位:{1}卫生健康委员会", "网站标识码:1234567890", "ICP备05002866号-1", "扫一扫在手机打开当前页", "相关主题", "【打印】【关闭】",
    ];

    private enum Layout
    {
        // "  一、" / "  （一）" with full-width parentheses, as captured from a web page (Jilin 2021).
        Indented,

        // "- 一、" / "- (一)" bullets (Chengdu 2021 as converted from a Word file).
        Bulleted,

        // Deep indentation, half-width parentheses, no responsibility parentheses (Jingmen 2017).
        Plain,
    }

    /// <summary>Generates <see cref="SynthesisOptions.Plans"/> plans from the tasks of <paramref name="source"/>.</summary>
    /// <param name="source">The parsed corpus whose tasks are recombined.</param>
    /// <param name="options">How many plans, the seed, and how much debris.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plans, in generation order.</returns>
    /// <exception cref="PolicyCompareException">The source corpus has no task.</exception>
    public static SyntheticCorpus Synthesize(PolicyCorpus source, SynthesisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var pool = source.AllTasks.ToArray();
        if (pool.Length == 0)
        {
            throw new PolicyCompareException("Cannot synthesize plans: the source corpus has no task.");
        }

        var plans = new SyntheticPlan[options.Plans];
        Parallel.For(0, options.Plans, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            plans[i] = Plan(source, pool, options, i));
        return new SyntheticCorpus(plans);
    }

    private static SyntheticPlan Plan(PolicyCorpus source, (PolicyDocument Document, PolicyTask Task)[] pool, SynthesisOptions options, int index)
    {
        var random = new Random(unchecked((options.Seed * 1_000_003) ^ ((index * 7_919) + 17)));
        var region = SynthesisRegions.All[random.Next(SynthesisRegions.All.Count)];
        var year = random.Next(2015, 2026);
        var id = string.Create(CultureInfo.InvariantCulture, $"{region.Slug}-{year}-{index + 1:D5}");
        var title = $"{region.Name}深化医药卫生体制改革{year}年重点工作任务";
        var layout = random.NextDouble() switch { < 0.4 => Layout.Indented, < 0.8 => Layout.Bulleted, _ => Layout.Plain };
        var pdf = random.NextDouble() < options.PdfShare;
        var web = random.NextDouble() < options.WebShare;
        var restart = random.Next(2) == 0 || pool.Length > Numerals.Length;

        // A plan about as long as one of the source plans, tasks drawn without repetition from the whole corpus.
        var template = source.Documents[random.Next(source.Documents.Count)];
        var count = Math.Clamp(template.Tasks.Count + random.Next(-5, 6), Math.Min(5, pool.Length), pool.Length);
        var chosen = Sample(pool.Length, count, random);
        var sections = Math.Clamp((int)Math.Round(count / (double)random.Next(5, 10)), 1, Math.Min(count, Numerals.Length));

        var text = new StringBuilder();
        if (web)
        {
            foreach (var line in WebHeaders.Where(_ => random.Next(2) == 0))
            {
                text.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, line, year, region.Name)}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"来源: 发布时间:{year}-{random.Next(1, 13):00}-{random.Next(1, 29):00} 10:00:00\n");
        }

        text.Append(title).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"为深入贯彻落实党中央、国务院关于深化医药卫生体制改革的决策部署，结合{region.Name}实际，现提出{year}年深化医改重点工作任务。\n\n");
        var sources = new List<SyntheticTaskSource>(count);
        var (indent, open, close) = layout switch
        {
            Layout.Indented => ("  ", "（", "）"),
            Layout.Bulleted => ("- ", "(", ")"),
            _ => ("    ", "(", ")"),
        };
        var number = 0;
        for (var s = 0; s < sections; s++)
        {
            var from = s * count / sections;
            var to = (s + 1) * count / sections;
            var (_, first) = pool[chosen[from]];
            var heading = first.SectionPath.Count > 0 ? first.SectionPath[^1] : "统筹推进相关重点改革";
            text.Append(CultureInfo.InvariantCulture, $"{indent}{Numerals[s]}、{heading}\n");
            if (restart)
            {
                number = 0;
            }

            for (var t = from; t < to; t++)
            {
                var (document, task) = pool[chosen[t]];
                var (body, responsibility) = TaskText(document, task, region, year, random);
                if (pdf)
                {
                    body = Disturb(body, random);
                }

                text.Append(indent).Append(open).Append(Numerals[number++]).Append(close).Append(body);
                if (layout != Layout.Plain)
                {
                    text.Append(responsibility);
                }

                text.Append('\n');
                sources.Add(new SyntheticTaskSource(new TaskKey(id, sources.Count + 1), new TaskKey(document.Id, task.Ordinal)));
            }
        }

        text.Append("\n各地、各有关部门要切实加强组织领导，细化工作措施，确保各项任务落到实处。\n");
        if (web)
        {
            foreach (var line in WebFooters.Where(_ => random.Next(2) == 0))
            {
                text.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, line, year, region.Name)}\n");
            }
        }

        var metadata = new DocumentMetadata(id, region.Name, region.NameEn, region.Level, year, title, $"{region.Name}人民政府办公厅")
        {
            File = id + ".txt",
        };
        return new SyntheticPlan(metadata, text.ToString(), sources);
    }

    // The task's text after its number, on one line, with percentages and years varied; and its responsibility
    // parenthesis with the departments' level prefix changed to the new region's.
    private static (string Body, string Responsibility) TaskText(PolicyDocument document, PolicyTask task, SynthesisRegions.Region region, int year, Random random)
    {
        var source = document.SourceText;
        var start = task.Span.Start;
        var numberAt = task.Number.Length == 0 ? -1 : source.IndexOf(task.Number, task.Span.Start, task.Span.Length, StringComparison.Ordinal);
        if (numberAt >= 0)
        {
            start = numberAt + task.Number.Length;
        }

        var end = task.Span.End;
        var bodyEnd = task.ResponsibilitySpan is { } r && r.Start >= start && r.End <= end ? r.Start : end;
        var body = OneLine(source[start..bodyEnd]);
        var shift = document.Metadata.Year is { } sourceYear ? year - sourceYear : 0;
        body = Percentage().Replace(body, m => Vary(m, random));
        body = Year().Replace(body, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture));
        if (bodyEnd == end || task.ResponsibilitySpan is not { } span)
        {
            return (body, string.Empty);
        }

        var responsibility = new StringBuilder(source, span.Start, span.Length, span.Length + 8);
        foreach (var department in task.Responsibilities.Where(d => d.LevelPrefix is not null && span.Contains(d.Span)).OrderByDescending(d => d.Span.Start))
        {
            var at = department.Span.Start - span.Start;
            if (source.AsSpan(department.Span.Start).StartsWith(department.LevelPrefix, StringComparison.Ordinal))
            {
                responsibility.Remove(at, department.LevelPrefix!.Length).Insert(at, region.DepartmentPrefix);
            }
        }

        return (body, OneLine(responsibility.ToString()) + OneLine(source[span.End..end]));
    }

    // A percentage, or a range of them (5—10%), moves by one draw: a range keeps its order and its width.
    private static string Vary(Match percentage, Random random)
    {
        var shift = 5 * random.Next(-2, 3);
        var value = Math.Clamp(Math.Round(double.Parse(percentage.Groups["value"].Value, CultureInfo.InvariantCulture)) + shift, 1, 100);
        if (!percentage.Groups["max"].Success)
        {
            return value.ToString(CultureInfo.InvariantCulture) + percentage.Groups["sign"].Value;
        }

        var max = Math.Clamp(Math.Round(double.Parse(percentage.Groups["max"].Value, CultureInfo.InvariantCulture)) + shift, value, 100);
        return value.ToString(CultureInfo.InvariantCulture) + percentage.Groups["dash"].Value + max.ToString(CultureInfo.InvariantCulture) + percentage.Groups["sign"].Value;
    }

    private static string OneLine(string text) => LineBreak().Replace(text, string.Empty).Trim();

    // PDF-like damage: blanks between Chinese characters and line breaks inside sentences. Never before a Chinese numeral,
    // so that no broken line can start like a heading (一、) or a task number.
    private static string Disturb(string body, Random random)
    {
        var result = new StringBuilder(body.Length + 16);
        for (var i = 0; i < body.Length; i++)
        {
            result.Append(body[i]);
            var next = i + 1 < body.Length ? body[i + 1] : '\0';
            if (i < 8 || !IsCjk(body[i]) || !IsCjk(next) || "一二三四五六七八九十".Contains(next, StringComparison.Ordinal))
            {
                continue;
            }

            switch (random.Next(60))
            {
                case 0:
                    result.Append(' ');
                    break;
                case 1:
                    result.Append('\n');
                    break;
            }
        }

        return result.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    // count distinct indices of [0, n) in random order (partial Fisher–Yates).
    private static int[] Sample(int n, int count, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order[..count];
    }

    private static string[] ChineseNumerals(int count)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return Enumerable.Range(1, count).Select(n => n switch
        {
            < 10 => digits[n],
            < 20 => "十" + digits[n % 10],
            _ => digits[n / 10] + "十" + digits[n % 10],
        }).ToArray();
    }

    [GeneratedRegex(@"(?<value>\d+(?:\.\d+)?)(?:(?<dash>[—–~～-])(?<max>\d+(?:\.\d+)?))?(?<sign>%|％)")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"20[0-3]\d(?=\s*年)")]
    private static partial Regex Year();

    [GeneratedRegex(@"[ \t\u3000]*\r?\n[ \t\u3000]*")]
    private static partial Regex LineBreak();
}
