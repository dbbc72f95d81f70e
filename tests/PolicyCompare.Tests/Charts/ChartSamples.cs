using NUnit.Framework;
using PolicyCompare.Charts;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Charts;

/// <summary>Realistic chart inputs at the seed corpus's size (5 plans) and at 20 plans, with long Chinese labels.</summary>
internal static class ChartSamples
{
    public static readonly string[] SeedPlans = ["内蒙古自治区 2016", "荆门市 2017", "吉林省 2021", "成都市 2021", "湖北省 2024"];

    private static readonly string[] Regions =
    [
        "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
        "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    ];

    public static readonly string[] Topics =
    [
        "推进药品耗材集中采购·带量采购", "家庭医生签约服务", "分级诊疗制度建设", "公立医院综合改革", "医疗联合体建设",
        "医保支付方式改革（DRG/DIP）", "基本药物制度", "短缺药品供应保障", "公共卫生服务体系", "疾病预防控制体系改革",
        "中医药传承创新发展", "卫生健康人才队伍建设", "全民健康信息化", "互联网+医疗健康", "医疗服务价格改革",
        "薪酬制度改革", "综合监管制度", "社会办医", "健康扶贫", "重大疾病防治",
        "妇幼健康服务", "老年健康与医养结合", "精神卫生服务", "职业病防治", "爱国卫生运动",
        "县域医共体建设", "村医队伍建设", "商业健康保险", "多层次医疗保障体系", "高值医用耗材治理",
        "药品价格监测", "医疗质量安全", "院前急救体系", "传染病监测预警", "健康促进与教育",
        "卫生应急能力建设",
    ];

    public static string[] Plans(int count) =>
        count == SeedPlans.Length
            ? SeedPlans
            : Enumerable.Range(0, count).Select(i => $"{Regions[i % Regions.Length]} {2009 + i}").ToArray();

    public static HeatmapData Coverage(int plans, int topics = 36)
    {
        var random = new Random(7);
        string[] planLabels = Plans(plans);
        var values = new double[topics, plans];
        for (int t = 0; t < topics; t++)
        {
            for (int p = 0; p < plans; p++)
            {
                values[t, p] = random.NextDouble() < 0.3 ? 0 : random.Next(1, 9);
            }
        }

        return new HeatmapData("各地区主题覆盖（任务数）", "规划", "主题", Topics.Take(topics).ToArray(), planLabels, values, "0", "任务数");
    }

    public static HeatmapData Similarity(int plans)
    {
        var random = new Random(11);
        string[] planLabels = Plans(plans);
        var values = new double[plans, plans];
        for (int i = 0; i < plans; i++)
        {
            values[i, i] = 1;
            for (int j = i + 1; j < plans; j++)
            {
                values[i, j] = values[j, i] = Math.Round(0.2 + random.NextDouble() * 0.7, 2);
            }
        }

        return new HeatmapData("地区主题结构相似度（Jaccard）", "规划", "规划", planLabels, planLabels, values, "0.00", "相似度", 0, 1);
    }

    public static StackedBarData DepartmentLoad(int plans)
    {
        var random = new Random(3);
        string[] planLabels = Plans(plans);
        double[] Draw(int max) => Enumerable.Range(0, plans).Select(_ => (double)random.Next(0, max)).ToArray();
        return new StackedBarData("各地区卫生健康委承担任务", "地区", "任务数", planLabels,
        [
            new BarSeries("牵头", Draw(30)),
            new BarSeries("共同负责", Draw(15)),
            new BarSeries("参与", Draw(10)),
        ]);
    }

    public static StackedBarData AgencyLoad()
    {
        string[] agencies =
        [
            "省卫生健康委", "省医保局", "省发展改革委", "省财政厅", "省人力资源社会保障厅", "省药监局", "省市场监管局",
            "省中医药管理局", "省教育厅", "省民政厅", "省工业和信息化厅", "国家税务总局吉林省税务局",
        ];
        var random = new Random(5);
        double[] Draw(int max) => agencies.Select(_ => (double)random.Next(0, max)).ToArray();
        return new StackedBarData("吉林省 2021 各部门任务负担", "部门", "任务数", agencies,
        [
            new BarSeries("牵头", Draw(25)),
            new BarSeries("共同负责", Draw(10)),
            new BarSeries("参与", Draw(8)),
        ]);
    }

    public static TopicEmphasisData Emphasis(int plans)
    {
        var random = new Random(13);
        string[] planLabels = Plans(plans);
        var raw = Topics.Select(_ => Enumerable.Range(0, plans).Select(_ => random.NextDouble()).ToArray()).ToArray();
        double[] totals = Enumerable.Range(0, plans).Select(p => raw.Sum(r => r[p])).ToArray();
        BarSeries[] topics = Topics.Select((t, i) => new BarSeries(t, raw[i].Select((v, p) => v / totals[p]).ToArray())).ToArray();
        return new TopicEmphasisData("各规划年度的主题侧重", "规划（按年份）", "任务占比", planLabels, topics, "其他主题");
    }

    public static TargetDriftData FamilyDoctorDrift() => new(
        "家庭医生签约服务覆盖率", "规划年份", "目标值（%）", "%",
        [
            new TargetMark("内蒙古自治区 2016", 2016, 15, null, TargetComparator.AtLeast, "城市", 2016),
            new TargetMark("内蒙古自治区 2016", 2016, 30, null, TargetComparator.AtLeast, "重点人群", 2016),
            new TargetMark("荆门市 2017", 2017, 30, null, TargetComparator.AtLeast, null, 2017),
            new TargetMark("荆门市 2017", 2017, 60, null, TargetComparator.AtLeast, "重点人群", 2017),
            new TargetMark("吉林省 2021", 2021, 75, 80, TargetComparator.Range, "重点人群", 2021),
            new TargetMark("湖北省 2024", 2024, 85, null, TargetComparator.Approximately, "常住人口", null),
        ]);

    public static AlignmentHeatmapData Alignment(int rows, int columns)
    {
        var random = new Random(17);
        string TaskLabel(int i, string plan) => $"{plan}-{i + 1} {Topics[i % Topics.Length]}";
        var similarity = new double[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                similarity[r, c] = Math.Round(random.NextDouble() * 0.6 + (r % Topics.Length == c % Topics.Length ? 0.35 : 0), 3);
            }
        }

        var matches = Enumerable.Range(0, Math.Min(rows, columns)).Where(i => i % 3 != 2).Select(i => new MatchedCell(i, i)).ToArray();
        return new AlignmentHeatmapData(
            "吉林省 2021 与 湖北省 2024 的任务对齐", "湖北省 2024 任务", "吉林省 2021 任务",
            Enumerable.Range(0, rows).Select(i => TaskLabel(i, "吉林")).ToArray(),
            Enumerable.Range(0, columns).Select(i => TaskLabel(i, "湖北")).ToArray(),
            similarity, matches, "匹配的任务对", "余弦相似度");
    }

    public static TaskMapData TaskMap(int plans, int tasksPerPlan = 40)
    {
        var random = new Random(23);
        string[] planLabels = Plans(plans);
        var points = new List<TaskMapPoint>();
        for (int p = 0; p < plans; p++)
        {
            double cx = Math.Cos(p * 2 * Math.PI / plans) * 3, cy = Math.Sin(p * 2 * Math.PI / plans) * 3;
            for (int t = 0; t < tasksPerPlan; t++)
            {
                points.Add(new TaskMapPoint(cx + Gaussian(random) * 1.6, cy + Gaussian(random) * 1.6, planLabels[p]));
            }
        }

        return new TaskMapData("全部任务的二维分布（嵌入投影）", "投影维度 1", "投影维度 2", points);
    }

    /// <summary>Every chart the library draws, at the given number of plans.</summary>
    public static IEnumerable<(string Name, ChartImage Chart)> AllCharts(int plans)
    {
        yield return ($"coverage-{plans}", PolicyCharts.CoverageHeatmap(Coverage(plans)));
        yield return ($"similarity-{plans}", PolicyCharts.RegionSimilarityHeatmap(Similarity(plans)));
        yield return ($"department-load-{plans}", PolicyCharts.DepartmentLoad(DepartmentLoad(plans)));
        yield return ($"topic-emphasis-{plans}", PolicyCharts.TopicEmphasis(Emphasis(plans)));
        yield return ($"task-map-{plans}", PolicyCharts.TaskMap(TaskMap(plans, plans > 5 ? 20 : 40)));
        yield return ($"alignment-{plans}", PolicyCharts.AlignmentHeatmap(Alignment(plans > 5 ? 46 : 30, plans > 5 ? 40 : 24)));
    }

    /// <summary>Charts whose size does not depend on the number of plans.</summary>
    public static IEnumerable<(string Name, ChartImage Chart)> FixedCharts()
    {
        yield return ("target-drift", PolicyCharts.TargetDrift(FamilyDoctorDrift()));
        yield return ("agency-load", PolicyCharts.DepartmentLoad(AgencyLoad()));
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
