namespace PolicyCompare.Text;

/// <summary>Built-in stop words for Chinese policy text: function words and the boilerplate of work plans.</summary>
/// <remarks>
/// Only words that carry no topic are listed. Generic policy verbs (推进, 加强, 完善…) are kept: they are down-weighted by
/// inverse document frequency where it matters, and they make readable labels when nothing better is there.
/// </remarks>
public static class StopWords
{
    /// <summary>The built-in stop words.</summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        "的", "地", "得", "了", "和", "与", "及", "以及", "或", "等", "等等", "在", "对", "为", "以", "将", "把", "由", "从", "向", "于",
        "是", "有", "个", "各", "每", "其", "之", "所", "并", "并且", "而", "且", "也", "又", "还", "就", "都", "要", "应", "应当",
        "可", "可以", "能", "能够", "使", "让", "被", "这", "那", "此", "该", "本", "其他", "其它", "有关", "相关", "方面", "工作",
        "进一步", "按照", "根据", "通过", "围绕", "结合", "实现", "确保", "做好", "一批", "全面", "持续", "不断", "积极", "切实",
        "认真", "继续", "逐步", "力争", "年底", "年内", "以上", "以下", "左右", "达到", "不低于", "不少于", "负责", "牵头", "参与",
        "配合", "按职责分工负责", "职责", "分工", "部门", "省", "市", "县", "区", "自治区", "全省", "全市", "全区", "各地", "各级",
        "我省", "我市", "我区", "一是", "二是", "三是", "四是", "五是",
    ];
}
