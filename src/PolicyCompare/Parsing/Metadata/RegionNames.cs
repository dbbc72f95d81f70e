using System.Text.RegularExpressions;

namespace PolicyCompare.Parsing.Metadata;

/// <summary>A region named in a title: its Chinese name, English name when known, and administrative level.</summary>
/// <param name="Name">Chinese name (吉林省, 成都市).</param>
/// <param name="NameEn">English name for provincial-level regions, else null.</param>
/// <param name="Level">province, autonomous-region, municipality, city, county or national.</param>
internal sealed record RegionName(string Name, string? NameEn, string Level);

/// <summary>Recognizes the region a plan is for from its title or issuer (province-level names are a table; cities and counties are recognized by their suffix).</summary>
internal static partial class RegionNames
{
    private static readonly (string Name, string En, string Level)[] Provinces =
    [
        ("北京市", "Beijing", "municipality"), ("天津市", "Tianjin", "municipality"), ("上海市", "Shanghai", "municipality"),
        ("重庆市", "Chongqing", "municipality"), ("河北省", "Hebei", "province"), ("山西省", "Shanxi", "province"),
        ("辽宁省", "Liaoning", "province"), ("吉林省", "Jilin", "province"), ("黑龙江省", "Heilongjiang", "province"),
        ("江苏省", "Jiangsu", "province"), ("浙江省", "Zhejiang", "province"), ("安徽省", "Anhui", "province"),
        ("福建省", "Fujian", "province"), ("江西省", "Jiangxi", "province"), ("山东省", "Shandong", "province"),
        ("河南省", "Henan", "province"), ("湖北省", "Hubei", "province"), ("湖南省", "Hunan", "province"),
        ("广东省", "Guangdong", "province"), ("海南省", "Hainan", "province"), ("四川省", "Sichuan", "province"),
        ("贵州省", "Guizhou", "province"), ("云南省", "Yunnan", "province"), ("陕西省", "Shaanxi", "province"),
        ("甘肃省", "Gansu", "province"), ("青海省", "Qinghai", "province"), ("台湾省", "Taiwan", "province"),
        ("内蒙古自治区", "Inner Mongolia", "autonomous-region"), ("广西壮族自治区", "Guangxi", "autonomous-region"),
        ("西藏自治区", "Tibet", "autonomous-region"), ("宁夏回族自治区", "Ningxia", "autonomous-region"),
        ("新疆维吾尔自治区", "Xinjiang", "autonomous-region"), ("新疆生产建设兵团", "Xinjiang Production and Construction Corps", "province"),
    ];

    private static readonly string[] NotNames = ["全", "各", "本", "我", "深化", "关于", "印发", "年", "进一步", "医", "卫", "健康", "改革", "工作", "实施", "推进", "加快", "通知"];

    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fff]{2,7}?(?:自治州|地区|市|州|盟|县|区|旗))")]
    private static partial Regex LocalName();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年(?:度)?")]
    private static partial Regex LeadingYear();

    /// <summary>Finds the most specific region named at the start of <paramref name="text"/> (or after 关于印发/印发).</summary>
    /// <param name="text">A title or issuer line, normalized.</param>
    /// <returns>The region, or null.</returns>
    public static RegionName? Find(string text)
    {
        if (text.StartsWith("国务院", StringComparison.Ordinal) || text.StartsWith("国家", StringComparison.Ordinal) || text.StartsWith("全国", StringComparison.Ordinal)
            || text.StartsWith("中共中央", StringComparison.Ordinal))
        {
            return new RegionName("全国", "China", "national");
        }

        foreach (var start in Starts(text))
        {
            var rest = text[start..];
            RegionName? province = null;
            foreach (var (name, en, level) in Provinces)
            {
                var shortName = name.Replace("省", "", StringComparison.Ordinal).Replace("壮族", "", StringComparison.Ordinal)
                    .Replace("回族", "", StringComparison.Ordinal).Replace("维吾尔", "", StringComparison.Ordinal).Replace("自治区", "", StringComparison.Ordinal);
                if (rest.StartsWith(name, StringComparison.Ordinal))
                {
                    province = new RegionName(name, en, level);
                    rest = rest[name.Length..];
                    break;
                }

                if (level == "autonomous-region" && rest.StartsWith(shortName, StringComparison.Ordinal) && shortName.Length >= 2)
                {
                    province = new RegionName(name, en, level);
                    rest = rest[shortName.Length..];
                    break;
                }
            }

            if (province is { Level: "municipality" })
            {
                return province;
            }

            var local = LocalName().Match(rest);
            if (local.Success && !NotNames.Any(w => local.Groups["name"].Value.Contains(w, StringComparison.Ordinal)))
            {
                var name = local.Groups["name"].Value;
                var level = name.EndsWith('县') || name.EndsWith('区') || name.EndsWith('旗') ? "county" : "city";
                return new RegionName(name, null, level);
            }

            if (province is not null)
            {
                return province;
            }
        }

        return null;
    }

    private static IEnumerable<int> Starts(string text)
    {
        yield return 0;
        var year = LeadingYear().Match(text);
        if (year.Success)
        {
            yield return year.Length;
        }

        foreach (var marker in (string[])["关于印发", "印发", "：", ":", "主办单位", "发布机构", "发文机关", "技术支持"])
        {
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                var start = at + marker.Length;
                while (start < text.Length && text[start] is ':' or '：' or ' ')
                {
                    start++;
                }

                yield return start;
            }
        }
    }
}
