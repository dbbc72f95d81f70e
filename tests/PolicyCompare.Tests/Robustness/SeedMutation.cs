using System.Net;
using System.Text;

namespace PolicyCompare.Tests.Robustness;

/// <summary>
/// A change a plan goes through between its publisher and a researcher's folder that must not change what is parsed:
/// line ends, blank lines, punctuation width, web debris, encodings, HTML and Markdown wrapping.
/// </summary>
/// <param name="Name">The mutation's name (test names).</param>
/// <param name="Extension">The file extension the mutated plan is saved with.</param>
/// <param name="Text">Changes the text.</param>
/// <param name="Encoding">How the text is saved.</param>
internal sealed record SeedMutation(string Name, string Extension, Func<string, string> Text, Encoding Encoding)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static SeedMutation Crlf { get; } = new("crlf", ".txt", t => t.ReplaceLineEndings("\r\n"), Utf8);

    public static SeedMutation BlankLines { get; } = new("blank-lines", ".txt", t => t.ReplaceLineEndings("\n\n"), Utf8);

    public static SeedMutation HalfWidthPunctuation { get; } = new("half-width-punctuation", ".txt", t => Map(t, "（）：，；！？", "():,;!?"), Utf8);

    public static SeedMutation FullWidthPunctuation { get; } = new("full-width-punctuation", ".txt", t => Map(t, "():;!?", "（）：；！？"), Utf8);

    public static SeedMutation Debris { get; } = new("debris", ".txt", t =>
        "首页 | 机构概况 | 新闻中心 | 政务公开 | 办事服务\n当前位置：首页 > 政务公开 > 通知公告\n来源：卫生健康委  发布时间：2024-03-01 09:30  浏览次数：1234\n【字体：大 中 小】 打印本页 关闭窗口\n"
        + t.TrimEnd() + "\n\n扫一扫在手机打开当前页\n版权所有：卫生健康委员会  ICP备12345678号-1\n网站标识码：1234567890  主办单位：人民政府办公厅\n", Utf8);

    public static SeedMutation Gb18030 { get; } = new("gb18030", ".txt", t => t, Gb18030Encoding());

    public static SeedMutation Utf16 { get; } = new("utf-16", ".txt", t => t, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

    public static SeedMutation Utf16BigEndian { get; } = new("utf-16be", ".txt", t => t, new UnicodeEncoding(bigEndian: true, byteOrderMark: true));

    public static SeedMutation Html { get; } = new("html", ".html", t =>
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>通知</title><style>p{margin:0}</style><script>var pv=1;</script></head><body>");
        page.Append("<nav><a href=\"/\">首页</a> | <a href=\"/gk\">政务公开</a></nav><div class=\"content\">\n");
        foreach (var line in t.ReplaceLineEndings("\n").Split('\n'))
        {
            page.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        }

        return page.Append("</div><footer>版权所有 ICP备12345678号</footer></body></html>").ToString();
    }, Utf8);

    /// <summary>Sections as <c>## 一、…</c>, tasks as <c>### （一）…</c> (the form a converted Word file takes).</summary>
    public static SeedMutation Markdown { get; } = new("markdown", ".md", t => string.Join("\n", t.ReplaceLineEndings("\n").Split('\n').Select(line =>
    {
        var trimmed = line.TrimStart(' ', '\u3000', '\t');
        return trimmed.Length > 1 && "一二三四五六七八九十".Contains(trimmed[0], StringComparison.Ordinal) && trimmed.IndexOf('、', StringComparison.Ordinal) is > 0 and < 4
            ? "## " + trimmed
            : trimmed.StartsWith('（') || trimmed.StartsWith('(') ? "### " + trimmed : line;
    })), Utf8);

    public static IReadOnlyList<SeedMutation> All { get; } =
        [Crlf, BlankLines, HalfWidthPunctuation, FullWidthPunctuation, Debris, Gb18030, Utf16, Utf16BigEndian, Html, Markdown];

    /// <summary>Text mutations that compose with each other (the fuzz applies random subsets).</summary>
    public static IReadOnlyList<SeedMutation> Composable { get; } = [Crlf, BlankLines, HalfWidthPunctuation, FullWidthPunctuation, Debris];

    /// <summary>Encodings the fuzz saves with.</summary>
    public static IReadOnlyList<Encoding> Encodings { get; } = [Utf8, new UTF8Encoding(true), Gb18030.Encoding, Utf16.Encoding, Utf16BigEndian.Encoding];

    public byte[] Apply(string text) => [.. Encoding.GetPreamble(), .. Encoding.GetBytes(Text(text))];

    public override string ToString() => Name;

    private static Encoding Gb18030Encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    private static string Map(string text, string from, string to)
    {
        var result = new StringBuilder(text);
        for (var i = 0; i < result.Length; i++)
        {
            var at = from.IndexOf(result[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                result[i] = to[at];
            }
        }

        return result.ToString();
    }
}
