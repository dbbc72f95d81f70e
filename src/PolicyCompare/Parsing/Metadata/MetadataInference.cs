using System.Globalization;
using System.Text.RegularExpressions;
using PolicyCompare.Documents;
using PolicyCompare.Parsing.Layout;

namespace PolicyCompare.Parsing.Metadata;

/// <summary>
/// Fills metadata the caller left null from the text: the title (the last title-like preamble line before the first
/// heading), the region and level (from the title, else the notice or page issuer lines), the year (from the title,
/// else the first date of issue). Inferred fields are listed in <see cref="DocumentMetadata.InferredFields"/>.
/// </summary>
internal static partial class MetadataInference
{
    private static readonly string[] TitleWords =
        ["任务", "方案", "要点", "计划", "意见", "通知", "规划", "办法", "措施", "安排", "决定", "纲要", "细则", "重点", "工作"];

    private static readonly string[] IssuerKeys = ["主办单位", "发布机构", "发文机关", "技术支持", "来源", "版权所有"];

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")]
    private static partial Regex IssueDate();

    [GeneratedRegex(@"[。，,；;：:！？]")]
    private static partial Regex SentencePunctuation();

    /// <summary>Returns <paramref name="metadata"/> with missing title, region, level and year inferred where possible.</summary>
    /// <param name="metadata">Metadata as given.</param>
    /// <param name="text">The source text.</param>
    /// <param name="pieces">Content pieces.</param>
    /// <param name="kinds">Their kinds.</param>
    /// <returns>The completed metadata.</returns>
    public static DocumentMetadata Infer(DocumentMetadata metadata, string text, IReadOnlyList<ContentPiece> pieces, IReadOnlyList<SpanKind> kinds)
    {
        var inferred = new List<string>(metadata.InferredFields);
        var lines = new List<(string Text, SpanKind Kind)>();
        for (var i = 0; i < pieces.Count && kinds[i] is SpanKind.Preamble or SpanKind.Boilerplate; i++)
        {
            lines.Add((TextNormalizer.NormalizeString(text[pieces[i].Start..pieces[i].End]), kinds[i]));
        }

        var trailing = Enumerable.Range(0, pieces.Count).Where(i => kinds[i] == SpanKind.Boilerplate)
            .Select(i => TextNormalizer.NormalizeString(text[pieces[i].Start..pieces[i].End])).ToList();

        var title = metadata.Title;
        if (title is null)
        {
            title = lines.Where(l => l.Kind == SpanKind.Preamble && IsTitleLike(l.Text)).Select(l => l.Text).LastOrDefault();
            if (title is not null)
            {
                inferred.Add("title");
            }
        }

        var region = metadata.Region;
        var regionEn = metadata.RegionEn;
        var level = metadata.Level;
        if (region is null || level is null)
        {
            var candidates = new List<string>();
            if (title is not null)
            {
                candidates.Add(title);
            }

            candidates.AddRange(lines.Where(l => l.Kind == SpanKind.Preamble && l.Text.Contains("关于", StringComparison.Ordinal)).Select(l => l.Text));
            candidates.AddRange(trailing.Where(l => IssuerKeys.Any(k => l.StartsWith(k, StringComparison.Ordinal))));
            var found = candidates.Select(RegionNames.Find).FirstOrDefault(r => r is not null);
            if (found is not null)
            {
                if (region is null)
                {
                    region = found.Name;
                    inferred.Add("region");
                    if (regionEn is null && found.NameEn is not null)
                    {
                        regionEn = found.NameEn;
                        inferred.Add("regionEn");
                    }
                }

                if (level is null && region == found.Name)
                {
                    level = found.Level;
                    inferred.Add("level");
                }
            }
        }

        var year = metadata.Year;
        if (year is null)
        {
            var fromTitle = title is null ? null : TitleYear().Match(title);
            if (fromTitle is { Success: true })
            {
                year = int.Parse(fromTitle.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                var date = lines.Select(l => l.Text).Concat(trailing).Select(l => IssueDate().Match(l)).FirstOrDefault(m => m.Success);
                year = date is null ? null : int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture);
            }

            if (year is not null)
            {
                inferred.Add("year");
            }
        }

        return metadata with
        {
            Title = title,
            Region = region,
            RegionEn = regionEn,
            Level = level,
            Year = year,
            InferredFields = inferred,
        };
    }

    private static bool IsTitleLike(string line) =>
        line.Length is >= 6 and <= 80
        && !SentencePunctuation().IsMatch(line)
        && TitleWords.Any(w => line.Contains(w, StringComparison.Ordinal))
        && !line.EndsWith("文件", StringComparison.Ordinal);
}
