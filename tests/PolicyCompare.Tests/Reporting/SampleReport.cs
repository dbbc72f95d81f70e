using PolicyCompare.Charts;
using PolicyCompare.Reporting;
using PolicyCompare.Tests.Charts;

namespace PolicyCompare.Tests.Reporting;

/// <summary>A small report built from the content model, with hostile document text to check escaping.</summary>
internal static class SampleReport
{
    public const string HostileTask = "推进<script>alert('x')</script>家庭医生签约服务 & \"重点人群\" | 覆盖率";

    private static readonly Lazy<(ChartBlock Coverage, ChartBlock Drift)> ChartBlocks = new(() => (
        ChartBlock.From(PolicyCharts.CoverageHeatmap(ChartSamples.Coverage(5, topics: 8)), "coverage", "主题覆盖热图"),
        ChartBlock.From(PolicyCharts.TargetDrift(ChartSamples.FamilyDoctorDrift()), "drift-family-doctor", "家庭医生签约服务覆盖率目标")));

    public static ReportDocument Build()
    {
        (ChartBlock coverage, ChartBlock drift) = ChartBlocks.Value;
        var table = new TableBlock(
            "各地区主题覆盖",
            ["地区", "覆盖主题数", "备注"],
            [
                ["吉林省 2021", "31", "含|竖线"],
                ["荆门市 2017", "24", "第一行\n第二行"],
            ],
            new HashSet<int> { 1 });
        var comparison = new TaskComparisonBlock(
            "家庭医生签约服务",
            ["家庭医生", "签约服务"],
            [
                new PlanTasks("内蒙古自治区 2016", [new TaskText("（二）5", HostileTask)]),
                new PlanTasks("荆门市 2017", [new TaskText("三、7", "到2017年，家庭医生签约服务覆盖率达到30%以上。")]),
                new PlanTasks("湖北省 2024", []),
            ],
            "共同关键词：",
            "（本规划无此主题任务）");

        return new ReportDocument("医改重点工作任务比较报告", "zh-CN", "目录",
        [
            new ReportSection("summary", "语料概况", [new ParagraphBlock("本报告比较 5 份规划，共 180 项任务。"), new ListBlock(["吉林省 2021", "荆门市 2017"])]),
            new ReportSection("coverage", "主题覆盖", [coverage, table, new ParagraphBlock("吉林省覆盖的主题最多。")]),
            new ReportSection("drift", "目标漂移", [drift],
            [
                new ReportSection("topic-family-doctor", "家庭医生签约服务", [comparison]),
            ]),
            new ReportSection("methods", "方法", [new ParagraphBlock("嵌入模型：test-embedder；PolicyCompare 0.1.0。")]),
        ]);
    }
}
