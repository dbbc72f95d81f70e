namespace PolicyCompare.Synthesis;

/// <summary>The regions generated plans are issued for, with the prefix their departments carry (省卫生健康委, 市医保局).</summary>
internal static class SynthesisRegions
{
    /// <summary>A region: Chinese and English name, administrative level, department prefix, and a file-name slug.</summary>
    internal sealed record Region(string Name, string NameEn, string Level, string DepartmentPrefix)
    {
        public string Slug => NameEn.ToLowerInvariant().Replace(' ', '-').Replace("'", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Province-level regions and a spread of prefecture-level cities.</summary>
    public static IReadOnlyList<Region> All { get; } =
    [
        new("北京市", "Beijing", "municipality", "市"), new("天津市", "Tianjin", "municipality", "市"),
        new("上海市", "Shanghai", "municipality", "市"), new("重庆市", "Chongqing", "municipality", "市"),
        new("河北省", "Hebei", "province", "省"), new("山西省", "Shanxi", "province", "省"),
        new("辽宁省", "Liaoning", "province", "省"), new("吉林省", "Jilin", "province", "省"),
        new("黑龙江省", "Heilongjiang", "province", "省"), new("江苏省", "Jiangsu", "province", "省"),
        new("浙江省", "Zhejiang", "province", "省"), new("安徽省", "Anhui", "province", "省"),
        new("福建省", "Fujian", "province", "省"), new("江西省", "Jiangxi", "province", "省"),
        new("山东省", "Shandong", "province", "省"), new("河南省", "Henan", "province", "省"),
        new("湖北省", "Hubei", "province", "省"), new("湖南省", "Hunan", "province", "省"),
        new("广东省", "Guangdong", "province", "省"), new("海南省", "Hainan", "province", "省"),
        new("四川省", "Sichuan", "province", "省"), new("贵州省", "Guizhou", "province", "省"),
        new("云南省", "Yunnan", "province", "省"), new("陕西省", "Shaanxi", "province", "省"),
        new("甘肃省", "Gansu", "province", "省"), new("青海省", "Qinghai", "province", "省"),
        new("内蒙古自治区", "Inner Mongolia", "autonomous-region", "自治区"), new("广西壮族自治区", "Guangxi", "autonomous-region", "自治区"),
        new("西藏自治区", "Tibet", "autonomous-region", "自治区"), new("宁夏回族自治区", "Ningxia", "autonomous-region", "自治区"),
        new("新疆维吾尔自治区", "Xinjiang", "autonomous-region", "自治区"),
        new("成都市", "Chengdu", "city", "市"), new("荆门市", "Jingmen", "city", "市"), new("武汉市", "Wuhan", "city", "市"),
        new("长春市", "Changchun", "city", "市"), new("南京市", "Nanjing", "city", "市"), new("杭州市", "Hangzhou", "city", "市"),
        new("宁波市", "Ningbo", "city", "市"), new("厦门市", "Xiamen", "city", "市"), new("三明市", "Sanming", "city", "市"),
        new("青岛市", "Qingdao", "city", "市"), new("郑州市", "Zhengzhou", "city", "市"), new("长沙市", "Changsha", "city", "市"),
        new("广州市", "Guangzhou", "city", "市"), new("深圳市", "Shenzhen", "city", "市"), new("昆明市", "Kunming", "city", "市"),
        new("西安市", "Xi'an", "city", "市"), new("兰州市", "Lanzhou", "city", "市"), new("包头市", "Baotou", "city", "市"),
        new("宜昌市", "Yichang", "city", "市"), new("绵阳市", "Mianyang", "city", "市"), new("温州市", "Wenzhou", "city", "市"),
    ];
}
