namespace PolicyCompare.Tests.Robustness;

/// <summary>A small plan whose task text carries formulas, HTML, Markdown links and bare URLs, as a planted plan would.</summary>
internal static class HostilePlan
{
    public const string Formula = "=HYPERLINK(\"http://x.example\",\"y\")";

    public const string Script = "<script>alert(1)</script>";

    public const string MarkdownLink = "[点击领取](javascript:alert(2))";

    public const string Text = $"""
        某省深化医药卫生体制改革2024年重点工作任务
        一、深化医疗保障制度改革
        （一）{Formula}推进支付方式改革。全面推行按疾病诊断相关分组付费，到2025年覆盖率达到90%以上。（省医保局牵头，省卫生健康委配合）
        （二）{Script}完善药品集中采购。{MarkdownLink} Visit http://evil.example/x or www.evil.example now。（省医保局负责）
        （三）@SUM(1+1)健全医保基金监管。<img src=x onerror=alert(3)>落实飞行检查制度。（省医保局、省财政厅负责）
        二、推进公立医院高质量发展
        （四）-2+3 推进分级诊疗。1. 不是列表 # 不是标题 **不是粗体** | 不是表格 |。（省卫生健康委牵头）
        （五)	+完善家庭医生签约服务。重点人群签约服务覆盖率达到60%以上。（省卫生健康委负责）
        """;
}
