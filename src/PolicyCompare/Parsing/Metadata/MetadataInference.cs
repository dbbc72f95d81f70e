using System.Globalization;
using System.Text.RegularExpressions;
using PolicyCompare.Documents;
using PolicyCompare.Parsing.Layout;

namespace PolicyCompare.Parsing.Metadata;

/// <summary>
/// Fills metadata the caller left null from the text. Title: a web metadata row (名称/标题：…), else the last
/// title-like preamble line before the first heading, with a title wrapped over two lines joined (a line that opens 《
/// without closing it continues on the next). Region and level: from the title, else the notice, issuer or page issuer
/// lines, through the <see cref="Gazetteer"/>; national issuers give 全国, <c>national</c>. Issuer: a web row
/// (发布机构/发文机关：…), else the signature block (an organization line followed by, or ending in, a date such as
/// 2024年10月28日), else the body that issues the notice (某委员会关于印发…). Document number: the first 文号 such as
/// 卫办发〔2024〕21号 (brackets 〔〕 [] 【】 （）, blanks dropped). Year: the title's, else the signature or issue date's,
/// else the document number's. Web metadata labels (名称, 索引号, 发布机构…) are never read as place names.
/// Inferred fields are listed in <see cref="DocumentMetadata.InferredFields"/>.
/// </summary>
internal static partial class MetadataInference
{
    private static readonly string[] TitleWords =
        ["任务", "方案", "要点", "计划", "意见", "通知", "规划", "办法", "措施", "安排", "决定", "纲要", "细则", "重点", "工作"];

    private static readonly string[] IssuerKeys = ["主办单位", "发布机构", "发文机关", "技术支持", "来源", "版权所有"];

    /// <summary>Labels of web metadata rows: the value after them is read, the label never.</summary>
    private static readonly string[] TitleLabels = ["名称", "标题", "文件名称"];

    private static readonly string[] IssuerLabels = ["发布机构", "发文机关", "发文单位", "成文机关"];

    private static readonly string[] OrganizationSuffixes =
        ["委员会", "办公室", "办公厅", "人民政府", "政府", "厅", "局", "委", "部", "院", "中心", "小组"];

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})(?:[-/.]\d{1,2}[-/.]\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")]
    private static partial Regex IssueDate();

    [GeneratedRegex(@"^(?<org>.{2,60}?)\s*(?<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial Regex SignatureWithDate();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"(?<number>[A-Za-z\u4e00-\u9fff-[号的于发文]]{0,7}发?\s*[〔\[【（(]\s*(?<year>(?:19|20)\d{2})\s*[〕\]】）)]\s*\d{1,4}\s*号)")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"^(?<label>[\u4e00-\u9fff]{2,6})\s*[:：\t]\s*(?<value>.+)$")]
    private static partial Regex LabelledRow();

    [GeneratedRegex(@"[\s:：|｜]+")]
    private static partial Regex RowSeparator();

    [GeneratedRegex(@"[。，,；;：:！？]")]
    private static partial Regex SentencePunctuation();

    /// <summary>Returns <paramref name="metadata"/> with missing fields inferred where possible.</summary>
    /// <param name="metadata">Metadata as given.</param>
    /// <param name="text">The (folded) text.</param>
    /// <param name="pieces">Content pieces.</param>
    /// <param name="kinds">Their kinds.</param>
    /// <param name="gazetteer">The place table.</param>
    /// <returns>The completed metadata.</returns>
    public static DocumentMetadata Infer(DocumentMetadata metadata, string text, IReadOnlyList<ContentPiece> pieces, IReadOnlyList<SpanKind> kinds, Gazetteer gazetteer)
    {
        var inferred = new List<string>(metadata.InferredFields);
        var lines = new List<(string Text, SpanKind Kind)>();
        for (var i = 0; i < pieces.Count && kinds[i] is SpanKind.Preamble or SpanKind.Boilerplate; i++)
        {
            lines.Add((TextNormalizer.NormalizeString(text[pieces[i].Start..pieces[i].End]), kinds[i]));
        }

        var trailing = Enumerable.Range(0, pieces.Count).Where(i => kinds[i] is SpanKind.Boilerplate or SpanKind.Closing)
            .Select(i => TextNormalizer.NormalizeString(text[pieces[i].Start..pieces[i].End])).ToList();
        // Web metadata rows keep their blanks: 发布机构 湖北省卫生健康委员会 中共湖北省委… is label, value, value.
        var rows = Enumerable.Range(0, pieces.Count).Where(i => kinds[i] is SpanKind.Preamble or SpanKind.Boilerplate)
            .Select(i => RowSeparator().Split(text[pieces[i].Start..pieces[i].End]).Where(t => t.Length > 0).ToList()).ToList();

        var title = metadata.Title;
        if (title is null)
        {
            title = RowValue(rows, TitleLabels) ?? Title(lines);
            if (title is not null)
            {
                inferred.Add("title");
            }
        }

        var issuer = metadata.Issuer;
        if (issuer is null)
        {
            issuer = RowValue(rows, IssuerLabels) ?? Signature(trailing) ?? Signature(lines.Select(l => l.Text).ToList()) ?? NoticeIssuer(lines);
            if (issuer is not null)
            {
                inferred.Add("issuer");
            }
        }

        var docNumber = metadata.DocNumber;
        var number = lines.Select(l => l.Text).Concat(trailing).Select(l => DocumentNumber().Match(l)).FirstOrDefault(m => m.Success);
        if (docNumber is null && number is not null)
        {
            docNumber = Compact(number.Groups["number"].Value);
            inferred.Add("docNumber");
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
            if (issuer is not null)
            {
                candidates.Add(issuer);
            }

            candidates.AddRange(trailing.Where(l => IssuerKeys.Any(k => l.StartsWith(k, StringComparison.Ordinal))));
            var found = candidates.Select(c => RegionNames.Find(c, gazetteer)).FirstOrDefault(r => r is not null);
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
            var date = lines.Select(l => l.Text).Concat(trailing).Select(l => IssueDate().Match(l)).FirstOrDefault(m => m.Success);
            var source = fromTitle is { Success: true } ? fromTitle : date ?? number;
            year = source is null ? null : int.Parse(source.Groups["year"].Value, CultureInfo.InvariantCulture);
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
            Issuer = issuer,
            DocNumber = docNumber,
            InferredFields = inferred,
        };
    }

    /// <summary>The last title-like preamble line, joined with the next one when the title is wrapped.</summary>
    private static string? Title(List<(string Text, SpanKind Kind)> lines)
    {
        string? title = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != SpanKind.Preamble || LabelledRow().IsMatch(lines[i].Text))
            {
                continue;
            }

            var line = lines[i].Text;
            if (i + 1 < lines.Count && lines[i + 1].Kind == SpanKind.Preamble && IsWrapped(line, lines[i + 1].Text))
            {
                line += lines[i + 1].Text;
                i++;
            }

            if (IsTitleLike(line))
            {
                title = line;
            }
        }

        return title;
    }

    /// <summary>Whether a title line continues on the next: a 《 not closed on its line, closed on the next.</summary>
    private static bool IsWrapped(string line, string next) =>
        line.LastIndexOf('《') > line.LastIndexOf('》') && next.Contains('》', StringComparison.Ordinal) && next.IndexOf('》') < (next.IndexOf('《') is var open && open >= 0 ? open : int.MaxValue)
        && !SentencePunctuation().IsMatch(next);

    /// <summary>The value after a web metadata label (名称：…, 发布机构 …): the next cell of the row.</summary>
    private static string? RowValue(List<List<string>> rows, string[] labels)
    {
        foreach (var row in rows)
        {
            for (var k = 0; k + 1 < row.Count; k++)
            {
                if (labels.Contains(row[k]))
                {
                    return row[k + 1];
                }
            }
        }

        return null;
    }

    /// <summary>The signature block: an organization line followed by a date line, or an organization and a date on one line.</summary>
    private static string? Signature(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var oneLine = SignatureWithDate().Match(lines[i]);
            if (oneLine.Success && IsOrganization(oneLine.Groups["org"].Value))
            {
                return oneLine.Groups["org"].Value.Trim();
            }

            if (i > 0 && DateOnly().IsMatch(Compact(lines[i])) && IsOrganization(lines[i - 1]))
            {
                return lines[i - 1].Trim();
            }
        }

        return null;
    }

    /// <summary>The body issuing the notice: 某委员会关于印发…的通知 gives 某委员会.</summary>
    private static string? NoticeIssuer(List<(string Text, SpanKind Kind)> lines)
    {
        foreach (var (line, _) in lines)
        {
            var at = line.IndexOf("关于", StringComparison.Ordinal);
            if (at >= 4 && IsOrganization(line[..at]))
            {
                return line[..at];
            }
        }

        return null;
    }

    private static bool IsOrganization(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= 4 and <= 60 && !SentencePunctuation().IsMatch(trimmed) && !trimmed.Contains('、', StringComparison.Ordinal)
            && !trimmed.StartsWith("根据", StringComparison.Ordinal) && !trimmed.StartsWith("按照", StringComparison.Ordinal)
            && OrganizationSuffixes.Any(s => trimmed.EndsWith(s, StringComparison.Ordinal));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !LineSplitter.IsBlank(c)));

    private static bool IsTitleLike(string line) =>
        line.Length is >= 6 and <= 120
        && !SentencePunctuation().IsMatch(line)
        && TitleWords.Any(w => line.Contains(w, StringComparison.Ordinal))
        && !line.EndsWith("文件", StringComparison.Ordinal);
}
