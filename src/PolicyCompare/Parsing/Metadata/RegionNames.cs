using System.Text.RegularExpressions;

namespace PolicyCompare.Parsing.Metadata;

/// <summary>Recognizes the region a plan is for from its title or issuer, from the <see cref="Gazetteer"/> of China's divisions.</summary>
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

    /// <summary>National issuers: a plan they issue is national, region 全国.</summary>
    private static readonly string[] NationalIssuers = ["国务院", "国家", "全国", "中共中央", "中央", "国务院办公厅", "国务院深化医药卫生体制改革领导小组"];

    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fff]{2,7}?(?:自治县|自治州|自治旗|地区|市|州|盟|县|区|旗))")]
    private static partial Regex LocalName();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年(?:度)?")]
    private static partial Regex LeadingYear();

    /// <summary>
    /// Finds the most specific region named at the start of <paramref name="text"/> (or after 关于印发/印发, a colon, or
    /// an issuer label): a place of the gazetteer, nested names read together (江苏省镇江市句容市 is 句容市, county);
    /// names the table lacks fall back to their suffix (自治县, 县, 区, 旗 county; 市 city; 自治州, 州, 盟, 地区 prefecture).
    /// </summary>
    /// <param name="text">A title or issuer line, normalized.</param>
    /// <param name="gazetteer">The place table.</param>
    /// <returns>The region, or null.</returns>
    public static RegionName? Find(string text, Gazetteer gazetteer)
    {
        if (NationalIssuers.Any(n => text.StartsWith(n, StringComparison.Ordinal)))
        {
            return new RegionName("全国", "China", "national");
        }

        foreach (var start in Starts(text))
        {
            var (place, end) = (default(Gazetteer.Place), start);
            var province = ProvinceAt(text, start);
            if (province is not null)
            {
                place = gazetteer.Named(province.Value.Name).FirstOrDefault(p => p.Parent is null);
                end = start + province.Value.Length;
            }

            // Read nested names as far as they go: 湖北省 荆门市 京山市.
            while (end < text.Length && gazetteer.LongestAt(text, end, place) is { } inner)
            {
                place = inner;
                end += inner.Name.Length;
            }

            if (place is not null)
            {
                return Named(place.Name, place.Level);
            }

            var local = LocalName().Match(text[start..]);
            if (local.Success && !NotNames.Any(w => local.Groups["name"].Value.Contains(w, StringComparison.Ordinal)))
            {
                var name = local.Groups["name"].Value;
                var level = name.EndsWith('县') || name.EndsWith('区') || name.EndsWith('旗') ? "county"
                    : name.EndsWith('市') ? "city" : "prefecture";
                return new RegionName(name, null, level);
            }
        }

        return null;
    }

    private static RegionName Named(string name, string level)
    {
        var province = Provinces.FirstOrDefault(p => p.Name == name);
        return new RegionName(name, province.Name is null ? null : province.En, level);
    }

    /// <summary>A province-level name at <paramref name="start"/>, full (湖北省) or, for autonomous regions, short (内蒙古).</summary>
    private static (string Name, int Length)? ProvinceAt(string text, int start)
    {
        var rest = text.AsSpan(start);
        foreach (var (name, _, level) in Provinces)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                return (name, name.Length);
            }

            var shortName = name.Replace("省", "", StringComparison.Ordinal).Replace("壮族", "", StringComparison.Ordinal)
                .Replace("回族", "", StringComparison.Ordinal).Replace("维吾尔", "", StringComparison.Ordinal).Replace("自治区", "", StringComparison.Ordinal);
            if (level == "autonomous-region" && shortName.Length >= 2 && rest.StartsWith(shortName, StringComparison.Ordinal))
            {
                return (name, shortName.Length);
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
