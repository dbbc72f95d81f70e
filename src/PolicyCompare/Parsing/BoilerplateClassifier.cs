using System.Text.RegularExpressions;

namespace PolicyCompare.Parsing;

/// <summary>
/// Recognizes web and PDF debris lines: menus, breadcrumbs, source and date lines, footers, share widgets, bare URLs,
/// signature blocks, distribution lists, attachment headers and lists (相关附件, file names such as 15.医保.mp3), QR
/// code captions, and tables of contents (目录 and entries with leader dots and a page number).
/// </summary>
internal static partial class BoilerplateClassifier
{
    /// <summary>Line openings that only page furniture has (matched with blanks removed).</summary>
    private static readonly string[] StrongPrefixes =
    [
        "当前位置", "您当前的位置", "您的位置", "你的位置", "来源:", "来源：", "发布时间", "发布日期", "发文日期", "日期:", "日期：",
        "时间:", "时间：", "索引号", "文号:", "文号：", "发布机构", "发文机关", "主题分类", "主题词", "信息公开属性", "公开属性", "公开方式",
        "(政务公开形式", "（政务公开形式", "政务公开形式", "有效性:", "有效性：", "主办单位", "主办:", "主办：", "承办单位", "协办单位", "版权所有",
        "Copyright", "copyright", "©", "技术支持", "网站标识码", "网站地图", "联系我们", "电话:", "电话：", "传真:", "传真：",
        "邮编:", "邮编：", "地址:", "地址：", "Email", "E-mail", "EMAIL", "邮箱:", "邮箱：", "扫一扫", "相关主题", "相关链接",
        "相关文件", "相关阅读", "相关新闻", "抄送", "分享到", "字号", "浏览次数", "阅读次数", "访问量", "责任编辑", "编辑:",
        "编辑：", "审核:", "审核：", "上一篇", "下一篇", "返回顶部", "关闭窗口", "【打印】", "【关闭】", "打印本页", "收藏本页", "附件:", "附件：",
        "相关附件", "附件下载",
    ];

    /// <summary>Fragments that mark a line as furniture wherever they stand (matched with blanks removed).</summary>
    private static readonly string[] StrongFragments =
        ["ICP备", "ICP证", "公网安备", "网站标识码", "版权所有", "索引号", "有效性有效", "有效性失效", "A+A-", "发文日期", "Allrightsreserved", "二维码"];

    private static readonly string[] OrganizationSuffixes =
        ["委员会", "办公室", "办公厅", "人民政府", "政府", "厅", "局", "委", "部", "院", "中心", "会", "署", "办"];

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日(?:印发|发布|起施行)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")]
    private static partial Regex LeadingNumericDate();

    [GeneratedRegex(@"^[\d\s\-—/.:：]{4,}$")]
    private static partial Regex DigitsOnly();

    [GeneratedRegex(@"^[-—–]?\s*\d{1,3}\s*[-—–]?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^附\s*件\s*\d*\s*[:：]?$")]
    private static partial Regex AttachmentHeader();

    [GeneratedRegex(@"^[^\s，。；;]{1,80}\.(?:mp3|mp4|avi|wav|wmv|flv|pdf|docx?|xlsx?|pptx?|wps|et|ofd|jpe?g|png|gif|zip|rar|7z|txt|html?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    /// <summary>A table-of-contents entry: a title, a run of leader dots (…… ··· ... ．．．) and a page number.</summary>
    [GeneratedRegex(@"(?:…{2,}|\.{4,}|·{4,}|．{3,}|-{4,}|_{4,})\s*\d{1,4}$")]
    private static partial Regex TableOfContentsEntry();

    [GeneratedRegex(@"[，。、；：,;:！？!?“”""《》]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"[\s|｜]+")]
    private static partial Regex TokenSeparator();

    /// <summary>Whether a line is furniture no matter what precedes it.</summary>
    /// <param name="line">The line's visible content.</param>
    /// <returns><see langword="true"/> for debris such as footers, dates, URLs, breadcrumbs.</returns>
    public static bool IsStrongBoilerplate(string line)
    {
        var compact = RemoveBlanks(line);
        if (compact.Length == 0)
        {
            return false;
        }

        foreach (var prefix in StrongPrefixes)
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var fragment in StrongFragments)
        {
            if (compact.Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return BareUrl().IsMatch(compact) || DateLine().IsMatch(compact) || LeadingNumericDate().IsMatch(line.Trim())
            || DigitsOnly().IsMatch(line.Trim()) || PageNumber().IsMatch(line.Trim()) || AttachmentHeader().IsMatch(compact) || IsWidgetLine(compact)
            || FileName().IsMatch(compact) || TableOfContentsEntry().IsMatch(compact);
    }

    /// <summary>
    /// Whether a line that does not continue a broken sentence is furniture: a menu bar, a site name, or a signature
    /// block of organization names.
    /// </summary>
    /// <param name="line">The line's visible content.</param>
    /// <returns><see langword="true"/> for menus, site names and signature lines.</returns>
    public static bool IsLayoutBoilerplate(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || SentencePunctuation().IsMatch(trimmed))
        {
            return false;
        }

        var tokens = TokenSeparator().Split(trimmed).Where(t => t.Length > 0).ToArray();
        if (tokens.Length >= 3 && trimmed.Length <= 80 && tokens.All(t => t.Length <= 8))
        {
            return true; // a menu bar: 首页 机构概况 新闻中心 …
        }

        if (tokens.Length == 1 && trimmed.Length <= 10 && (trimmed.EndsWith('网') || trimmed.EndsWith("网站", StringComparison.Ordinal)))
        {
            return true; // a site name such as 搜档网
        }

        return tokens.Length <= 4 && tokens.All(t => t.Length is >= 4 and <= 25 && OrganizationSuffixes.Any(s => t.EndsWith(s, StringComparison.Ordinal)));
    }

    private static bool IsWidgetLine(string compact) =>
        compact is "目录" or "打印" or "关闭" or "已阅打印关闭" or "打印关闭" or "【打印】【关闭】" or "大中小" or "分享" or "收藏";

    private static string RemoveBlanks(string line) =>
        string.Concat(line.Where(c => !Layout.LineSplitter.IsBlank(c)));
}
