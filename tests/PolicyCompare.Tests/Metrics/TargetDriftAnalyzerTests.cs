using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Embeddings;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Tests.Metrics;

public sealed class TargetDriftAnalyzerTests
{
    private static Task<TargetDriftResult> AnalyzeAsync(TestCorpus corpus, KeywordEmbeddingGenerator? embedder = null, MetricsOptions? options = null) =>
        new TargetDriftAnalyzer(new SpaceSegmenter(), Options.Create(options ?? new MetricsOptions()))
            .AnalyzeAsync(corpus.Corpus, corpus.Topics, new CorpusEmbedding(corpus.Embeddings, embedder ?? new KeywordEmbeddingGenerator("签约")));

    /// <summary>The family-doctor sentences of Inner Mongolia 2016 and Jingmen 2017, in different topics.</summary>
    private static TestCorpus FamilyDoctors() => new(
        new PlanBuilder("im", "内蒙古自治区", 2016)
            .Task("扩大家庭医生签约服务。到2016年底，城市家庭医生签约服务覆盖率达到15%以上，重点人群签约服务覆盖率达到30%以上。", "family")
            .Target("15%以上", 15, deadline: 2016)
            .Target("30%以上", 30, deadline: 2016),
        new PlanBuilder("jm", "荆门市", 2017)
            .Task("全面推开分级诊疗制度建设。深入推进家庭医生签约服务，家庭医生(团队)签约服务覆盖率达到30%以上，重点人群覆盖率达到60%以上", "tiers")
            .Target("30%以上", 30)
            .Target("60%以上", 60));

    [Test]
    public async Task FamilyDoctorCoverage_FormsOneSeries_WithPopulationsFromThePhrase()
    {
        var result = await AnalyzeAsync(FamilyDoctors());
        Assert.That(result.Metrics, Has.Count.EqualTo(1));
        var metric = result.Metrics[0];
        Assert.That((metric.Id, metric.Name, metric.Unit, metric.Direction), Is.EqualTo(("M001", "家庭医生签约服务覆盖率", "%", TargetDirection.Higher)));
        Assert.That(metric.Points.Select(p => $"{p.Plan.DocumentId} {p.Population} {p.Value}"), Is.EqualTo(new[]
        {
            "im 城市 15", "im 重点人群 30", "jm 全体 30", "jm 重点人群 60",
        }));
        // 签约服务覆盖率 is an alias; 重点人群覆盖率 is generic and takes the name of the previous target in its task.
        Assert.That(metric.Phrases, Is.EqualTo(new[] { "城市家庭医生签约服务覆盖率", "家庭医生签约服务覆盖率", "重点人群签约服务覆盖率", "重点人群覆盖率" }));
        Assert.That(metric.PlanCount, Is.EqualTo(2));
    }

    [Test]
    public async Task FamilyDoctorCoverage_InTwoRegions_IsACrossRegionComparison_NotATrend()
    {
        // Inner Mongolia 2016 and Jingmen 2017 are two places, not one place a year apart: no change, no per-year rate,
        // no drift flags; the spread across regions stands.
        var metric = (await AnalyzeAsync(FamilyDoctors())).Metrics[0];
        var keyGroups = metric.Series.Single(s => s.Population == "重点人群");
        Assert.That((keyGroups.Change, keyGroups.ChangePerYear, keyGroups.Min, keyGroups.Max, keyGroups.Range), Is.EqualTo((double.NaN, double.NaN, 30.0, 60.0, 30.0)));
        Assert.That(keyGroups.StandardDeviation, Is.EqualTo(30 / Math.Sqrt(2)).Within(1e-12));
        Assert.That(keyGroups.CrossRegion, Is.True);
        Assert.That(keyGroups.Trends, Is.Empty);
        var cities = metric.Series.Single(s => s.Population == "城市");
        Assert.That((cities.PointCount, cities.Change, cities.StandardDeviation), Is.EqualTo((1, double.NaN, double.NaN)));
        Assert.That(metric.Flags, Is.Empty);
        Assert.That(metric.DeadlineShifts, Is.Empty);
        Assert.That(metric.Points.Select(p => p.Plan.Region).Distinct(), Is.EqualTo(new[] { "内蒙古自治区", "荆门市" }));
    }

    [Test]
    public async Task OneRegionInTwoYears_GetsATrend_TwoRegionsDoNot()
    {
        static TestCorpus Corpus(string laterRegion) => new(
            new PlanBuilder("a", "甲省", 2018).Task("提高基层服务。基层就诊率达到65%以上。", "t").Target("65%以上", 65),
            new PlanBuilder("b", laterRegion, 2020).Task("提高基层服务。基层就诊率达到70%以上。", "t").Target("70%以上", 70));
        var same = (await AnalyzeAsync(Corpus("甲省"), WeakerTargetsEmbedder())).Metrics.Single().Series.Single();
        var other = (await AnalyzeAsync(Corpus("乙省"), WeakerTargetsEmbedder())).Metrics.Single().Series.Single();
        Assert.Multiple(() =>
        {
            Assert.That((same.Change, same.ChangePerYear, same.CrossRegion), Is.EqualTo((5.0, 2.5, false)));
            Assert.That(same.Trends.Select(t => (t.Region, t.Change, t.ChangePerYear)), Is.EqualTo(new[] { ("甲省", 5.0, 2.5) }));
            Assert.That((other.Change, other.ChangePerYear, other.CrossRegion), Is.EqualTo((double.NaN, double.NaN, true)));
            Assert.That(other.Trends, Is.Empty);
        });
    }

    [Test]
    public async Task AUserDeclaredSeries_IsOnePlaceOverTime()
    {
        // A region renamed between plans (甲省 → 甲省新区), declared as one series: a trend again.
        var corpus = new TestCorpus(
            new PlanBuilder("a", "甲省", 2018).Task("提高基层服务。基层就诊率达到65%以上。", "t").Target("65%以上", 65),
            new PlanBuilder("b", "甲省新区", 2020).Task("提高基层服务。基层就诊率达到70%以上。", "t").Target("70%以上", 70));
        var options = new MetricsOptions { PlanSeries = new Dictionary<string, string> { ["a"] = "甲", ["b"] = "甲" } };
        var series = (await AnalyzeAsync(corpus, WeakerTargetsEmbedder(), options)).Metrics.Single().Series.Single();
        Assert.That((series.Change, series.ChangePerYear, series.CrossRegion), Is.EqualTo((5.0, 2.5, false)));
        Assert.That(series.Trends.Single().Region, Is.EqualTo("甲"));
    }

    [Test]
    public async Task SpecialtyCounts_OfACityAndOfAProvincesHospitalTiers_AreNotOneSeries()
    {
        // Jingmen 2017: 4—5 provincial key specialties; Hubei 2024: 分别 150 in secondary and 300 in tertiary hospitals,
        // split into two targets (as the target extractor gives them). Same wording, same unit, identical embeddings —
        // but the hospital tier differs, so they are three quantities.
        var corpus = new TestCorpus(
            new PlanBuilder("jm", "荆门市", 2017)
                .Task("加强重点专科建设。力争新增省级重点专科4—5个。", "s")
                .Target("4—5个", 4, TargetComparator.Range, TargetKind.Count, "个", scope: "省级重点专科", valueMax: 5),
            new PlanBuilder("hb", "湖北省", 2024)
                .Task("提升专科能力。分别建设二级、三级医院省级临床重点专科150个、300个以上。", "s")
                .Target("150个", 150, TargetComparator.Equal, TargetKind.Count, "个", scope: "二级医院省级临床重点专科")
                .Target("300个以上", 300, TargetComparator.AtLeast, TargetKind.Count, "个", scope: "三级医院省级临床重点专科"));
        var result = await AnalyzeAsync(corpus, new KeywordEmbeddingGenerator("重点专科"));
        Assert.That(result.Metrics.Select(m => $"{m.Name}:{m.PlanCount}").Order(), Is.EqualTo(new[] { "三级医院省级临床重点专科:1", "二级医院省级临床重点专科:1", "省级重点专科:1" }));
        Assert.That(result.Metrics.Single(m => m.Name.StartsWith("三级", StringComparison.Ordinal)).Points.Single().Comparator, Is.EqualTo(TargetComparator.AtLeast));
    }

    [Test]
    public async Task MetricNames_AreWhatIsMeasured_NeverAPlaceOrAFragment()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("jm", "荆门市", 2017)
                .Task("开展健康创建。着力推进7个健康镇(街道)建设(各县市区1个)。", "h")
                .Target("1个", 1, TargetComparator.Equal, TargetKind.Count, "个", scope: "各县市区")
                .Task("推进健康场所建设。其它县市区上述健康场所占比达到5%。", "h")
                .Target("5%", 5, TargetComparator.Equal, scope: "其它县市区上述健康场所占比")
                .Task("发展中医药。实现乡镇卫生院和社区卫生服务中心国医堂全覆盖。", "c")
                .Target("全覆盖", 100, TargetComparator.Equal));
        var result = await AnalyzeAsync(corpus, new KeywordEmbeddingGenerator("健康镇", "场所", "国医堂"));
        var names = result.Metrics.Select(m => m.Name).ToArray();
        Assert.That(names, Does.Contain("健康镇建设").And.Contain("健康场所占比").And.Contain("乡镇卫生院和社区卫生服务中心国医堂"));
        Assert.That(names, Has.None.Matches<string>(n => n.Contains("县市区", StringComparison.Ordinal) || n == "全覆盖"));
        // "各县市区1个" is one per county: the basis is part of the unit.
        Assert.That(result.Metrics.Single(m => m.Name == "健康镇建设").Unit, Is.EqualTo("每县市区个"));
    }

    private static TestCorpus WeakerTargets() => new(
        new PlanBuilder("x", "甲省", 2018)
            .Task("提高基层服务。基层就诊率达到65%以上。", "t").Target("65%以上", 65)
            .Task("控制费用。药占比控制在30%以内。", "t").Target("30%以内", 30, TargetComparator.AtMost)
            .Task("健康促进。到2020年，健康素养水平达到20%。", "t").Target("20%", 20, TargetComparator.AtLeast, deadline: 2020),
        new PlanBuilder("y", "甲省", 2020)
            .Task("提高基层服务。基层就诊率达到60%以上。", "t").Target("60%以上", 60)
            .Task("控制费用。药占比控制在32%以内。", "t").Target("32%以内", 32, TargetComparator.AtMost)
            .Task("健康促进。到2022年，健康素养水平达到20%。", "t").Target("20%", 20, TargetComparator.AtLeast, deadline: 2022));

    /// <summary>Keeps the three measures apart: an embedder that saw them as alike would (rightly) merge them.</summary>
    private static KeywordEmbeddingGenerator WeakerTargetsEmbedder() => new("基层", "药", "健康素养");

    [Test]
    public async Task WeakerValues_AndLaterDeadlines_AreFlagged()
    {
        var result = await AnalyzeAsync(WeakerTargets(), WeakerTargetsEmbedder());
        Assert.That(result.Metrics.Select(m => m.Name), Is.EqualTo(new[] { "健康素养水平", "基层就诊率", "药占比" }));
        var flags = result.Metrics.SelectMany(m => m.Flags).Select(f => $"{f.Kind} {f.Earlier.DocumentId}→{f.Later.DocumentId} {f.Description}");
        Assert.That(flags, Is.EqualTo(new[]
        {
            "LaterDeadline x→y 20 due 2020 → due 2022",
            "WeakerValue x→y 65 → 60 (higher is the aim)",
            "WeakerValue x→y 30 → 32 (lower is the aim)",
        }));
        // 65 (2018) → 60 (2020): change −5, −2.5 a year.
        var visits = result.Metrics.Single(m => m.Name == "基层就诊率").Series.Single();
        Assert.That((visits.Change, visits.ChangePerYear), Is.EqualTo((-5.0, -2.5)));
        var literacy = result.Metrics.Single(m => m.Name == "健康素养水平").DeadlineShifts.Single();
        // Due 2020 → 2022: moved 2 years; horizons 2020 − 2018 = 2 and 2022 − 2020 = 2.
        Assert.That((literacy.YearsMoved, literacy.EarlierHorizon, literacy.LaterHorizon), Is.EqualTo(((int?)2, (int?)2, (int?)2)));
        Assert.That(result.Metrics.Single(m => m.Name == "药占比").Direction, Is.EqualTo(TargetDirection.Lower));
    }

    [Test]
    public async Task SimilarPhrases_MergeByEmbedding_DissimilarOnesStayApart()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("x", "甲省", 2018)
                .Task("妇幼健康。孕产妇系统管理率达到90%。", "mch").Target("90%", 90)
                .Task("儿童健康。儿童系统管理率达到85%。", "mch").Target("85%", 85),
            new PlanBuilder("y", "乙省", 2020)
                .Task("妇幼健康。孕产妇健康管理率达到92%。", "mch").Target("92%", 92));
        var embedder = new KeywordEmbeddingGenerator("孕产妇", "儿童", "管理率");
        var result = await AnalyzeAsync(corpus, embedder);
        // 孕产妇系统管理率 and 孕产妇健康管理率 embed identically (same keywords) → one metric; 儿童 shares only 管理率 (cos ≈ 0.5).
        Assert.That(result.Metrics.Select(m => $"{m.Name}:{m.Points.Count}"), Is.EqualTo(new[] { "孕产妇健康管理率:2", "儿童系统管理率:1" }));
        Assert.That(result.Metrics[0].Phrases, Is.EqualTo(new[] { "孕产妇健康管理率", "孕产妇系统管理率" }));
        Assert.That(embedder.Requests.Any(r => r.StartsWith("孕产妇系统管理率：", StringComparison.Ordinal) && r.Contains("90%", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task CrossTopicMerges_NeedTheStricterThreshold()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("x", "甲省", 2018).Task("妇幼。孕产妇系统管理率达到90%。", "a").Target("90%", 90),
            new PlanBuilder("y", "乙省", 2020).Task("妇幼。孕产妇健康管理率达到92%，系统。", "b").Target("92%", 92));
        // Vectors (1,0,0.01) and (1,1,0.01): cosine ≈ 0.707 — below 0.85; lowering the same-topic threshold does not help across topics.
        var embedder = new KeywordEmbeddingGenerator("孕产妇", "健康");
        var options = new MetricsOptions { MetricSimilarityThreshold = 0.5, CrossTopicMetricSimilarityThreshold = 0.9 };
        Assert.That((await AnalyzeAsync(corpus, embedder, options)).Metrics, Has.Count.EqualTo(2));
        options.CrossTopicMetricSimilarityThreshold = 0.7;
        Assert.That((await AnalyzeAsync(corpus, embedder, options)).Metrics, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task DifferentPhrasesOfOnePlan_AreNeverMergedByEmbedding()
    {
        // Identical embeddings, but one plan using two phrases means two measures; the other plan's phrase joins the closer-named group only.
        var corpus = new TestCorpus(
            new PlanBuilder("x", "甲省", 2018)
                .Task("妇幼。孕产妇系统管理率达到90%。", "a").Target("90%", 90)
                .Task("妇幼。孕产妇健康管理率达到80%。", "a").Target("80%", 80));
        var result = await AnalyzeAsync(corpus, new KeywordEmbeddingGenerator("孕产妇"));
        Assert.That(result.Metrics.Select(m => m.Name), Is.EqualTo(new[] { "孕产妇健康管理率", "孕产妇系统管理率" }));
    }

    [Test]
    public async Task DifferentKindsOrCountUnits_AreDifferentMetrics()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("x", "甲省", 2018).Task("建设。建成社区医院10家。", "a").Target("10家", 10, TargetComparator.Equal, TargetKind.Count, "家"),
            new PlanBuilder("y", "乙省", 2020).Task("建设。建成社区医院12个。", "a").Target("12个", 12, TargetComparator.Equal, TargetKind.Count, "个"));
        var result = await AnalyzeAsync(corpus, new KeywordEmbeddingGenerator("社区医院"));
        Assert.That(result.Metrics.Select(m => m.Unit), Is.EquivalentTo(new[] { "家", "个" }));
    }

    [Test]
    public async Task PerCapitaMoney_IsNotTheSameMetricAsTotalMoney()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("x", "甲省", 2018).Task("公卫。财政补助标准提高到人均45元。", "a").Target("人均45元", 45, TargetComparator.Equal, TargetKind.Money, "元", per: "人均"),
            new PlanBuilder("y", "乙省", 2020).Task("公卫。财政补助标准安排2000万元。", "a").Target("2000万元", 20_000_000, TargetComparator.Equal, TargetKind.Money, "万元"));
        var result = await AnalyzeAsync(corpus, new KeywordEmbeddingGenerator("财政补助"));
        Assert.That(result.Metrics.Select(m => m.Unit), Is.EquivalentTo(new[] { "人均元", "元" }));
        Assert.That(result.Metrics.Single(m => m.Unit == "人均元").Points.Single().Per, Is.EqualTo("人均"));
    }

    [Test]
    public async Task UserLexicon_AddsAliases()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "user-lexicon.json");
        await File.WriteAllTextAsync(path, """{ "metrics": { "基层医疗卫生机构诊疗量占比": [ "基层就诊率" ] } }""");
        var result = await AnalyzeAsync(WeakerTargets(), WeakerTargetsEmbedder(), new MetricsOptions { MetricLexiconPath = path });
        Assert.That(result.Metrics.Select(m => m.Name), Does.Contain("基层医疗卫生机构诊疗量占比"));
        Assert.That(
            () => new TargetDriftAnalyzer(new SpaceSegmenter(), Options.Create(new MetricsOptions { MetricLexiconPath = path + ".missing" })),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("not found"));
    }

    [Test]
    public void Lexicon_RejectsAPhraseMappedToTwoMetrics()
    {
        Assert.That(
            () => MetricLexicon.Parse("""{ "metrics": { "甲率": ["乙率"], "丙率": ["乙率"] } }""", "bad.json"),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("乙率"));
    }

    [Test]
    public async Task EmphasisShares_PoolPlansOfTheSameYear()
    {
        var result = await AnalyzeAsync(Emphasis());
        // 2016: T1 2, T2 1 of 3. 2017 (b + c): T1 2, T2 3 of 5.
        Assert.That(result.EmphasisShares.Select(s => $"{s.Year} {s.TopicId} {s.TaskCount}/{s.AssignedTaskCount} {s.PlanCount}"), Is.EqualTo(new[]
        {
            "2016 T1 2/3 1", "2016 T2 1/3 1", "2017 T1 2/5 2", "2017 T2 3/5 2",
        }));
        Assert.That(result.EmphasisShares.Select(s => s.Share), Is.EqualTo(new[] { 2.0 / 3, 1.0 / 3, 0.4, 0.6 }).Within(1e-12));
    }

    [Test]
    public async Task LanguageShift_CentroidDistance_AndRisingFallingTerms()
    {
        var result = await AnalyzeAsync(Emphasis(), options: new MetricsOptions { TopTermCount = 2 });
        var t1 = result.LanguageShifts.Single(s => s.TopicId == "T1");
        // 2016 centroid (1,0); 2017 tasks (1,0) and (0,1) → centroid (½,½): cos = ½/(1·√½) = 1/√2.
        Assert.That((t1.FromYear, t1.ToYear, t1.FromTaskCount, t1.ToTaskCount), Is.EqualTo((2016, 2017, 2, 2)));
        Assert.That(t1.CentroidDistance, Is.EqualTo(1 - (1 / Math.Sqrt(2))).Within(1e-9));
        // 2016 terms: 医联体 3, 建设 1, 分级诊疗 1 (of 5); 2017: 医共体 2, 建设 1, 医联体 1 (of 4).
        // Differences: 医共体 +0.5, 建设 +0.05, 分级诊疗 −0.2, 医联体 −0.35.
        Assert.That(t1.Rising.Select(t => t.Term), Is.EqualTo(new[] { "医共体", "建设" }));
        Assert.That(t1.Rising.Select(t => t.Difference), Is.EqualTo(new[] { 0.5, 0.05 }).Within(1e-12));
        Assert.That(t1.Falling.Select(t => (t.Term, t.FromFrequency, t.ToFrequency)), Is.EqualTo(new[] { ("医联体", 0.6, 0.25), ("分级诊疗", 0.2, 0.0) }).Using<(string, double, double)>((a, b) =>
            a.Item1 == b.Item1 && Math.Abs(a.Item2 - b.Item2) < 1e-12 && Math.Abs(a.Item3 - b.Item3) < 1e-12));
    }

    [Test]
    public async Task LanguageShift_LeavesOutTheRegionsOwnNamesAndLevelWords()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("a", "荆门市", 2016).Task("荆门 全市 医联体", "T1"),
            new PlanBuilder("b", "吉林省", 2017).Task("吉林省 吉林 全省 医共体", "T1"));
        var shift = (await AnalyzeAsync(corpus)).LanguageShifts.Single();
        // Only 医联体 (1 → 0) and 医共体 (0 → 1) count.
        Assert.That(shift.Rising.Select(t => (t.Term, t.Difference)), Is.EqualTo(new[] { ("医共体", 1.0) }));
        Assert.That(shift.Falling.Select(t => (t.Term, t.Difference)), Is.EqualTo(new[] { ("医联体", -1.0) }));
    }

    private static TestCorpus Emphasis() => new TestCorpus(
            new PlanBuilder("a", "甲", 2016).Task("医联体 建设 医联体", "T1").Task("医联体 分级诊疗", "T1").Task("其他", "T2"),
            new PlanBuilder("b", "乙", 2017).Task("医共体 建设", "T1").Task("二", "T2").Task("三", "T2").Task("四", "T2"),
            new PlanBuilder("c", "丙", 2017).Task("医共体 医联体", "T1"))
        .WithEmbeddings((key, task) => key.ToString() switch
        {
            "b#1" => [1f, 0f],
            "c#1" => [0f, 1f],
            _ => [1f, 0f],
        });
}
