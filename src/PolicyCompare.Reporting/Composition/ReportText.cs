namespace PolicyCompare.Reporting.Composition;

/// <summary>The report's own words in one language. Composite formats take invariant-culture arguments.</summary>
internal sealed record ReportText
{
    public required string LanguageTag { get; init; }
    public required string Title { get; init; }
    public required string Contents { get; init; }
    public required string Summary { get; init; }
    public required string SummaryReading { get; init; } // {0} plans, {1} first year, {2} last year, {3} tasks, {4} topics, {5} method, {6} targets
    public required string PlansTable { get; init; }
    public required string[] PlansColumns { get; init; }
    public required string SkippedReading { get; init; } // {0} number of files left out

    public required string CompositionTable { get; init; }

    public required string[] CompositionColumns { get; init; }

    public required string TrendsSupported { get; init; } // {0} regions with plans of several years

    public required string TrendsNotSupported { get; init; }

    public required string NotYetReading { get; init; } // {0} count

    public required string CrossRegionEmphasis { get; init; }
    public required string Yes { get; init; }
    public required string ParseWarnings { get; init; }
    public required string ParseWarningsReading { get; init; } // {0} warnings, {1} plans
    public required string[] ParseWarningColumns { get; init; }
    public required string No { get; init; }
    public required string Coverage { get; init; }
    public required string CoverageChartTitle { get; init; }
    public required string Topic { get; init; }
    public required string Plan { get; init; }
    public required string TaskCount { get; init; }
    public required string CoverageCaption { get; init; }
    public required string CoverageReading { get; init; } // {0} widest plan, {1} its covered, {2} topics, {3} narrowest plan, {4} its covered, {5} topics covered by all, {6} top topic, {7} its plan count
    public required string RegionTable { get; init; }
    public required string[] RegionColumns { get; init; }
    public required string Similarity { get; init; }
    public required string SimilarityChartTitle { get; init; }
    public required string SimilarityScale { get; init; }
    public required string SimilarityCaption { get; init; }
    public required string SimilarityReading { get; init; } // {0} plan a, {1} plan b, {2} jaccard, {3} plan c, {4} plan d, {5} jaccard
    public required string Gaps { get; init; }
    public required string GapsReading { get; init; } // {0} gap count, {1} k
    public required string[] GapColumns { get; init; }
    public required string TargetDrift { get; init; }
    public required string DriftReading { get; init; } // {0} metrics, {1} shared, {2} flags
    public required string MetricsTable { get; init; }
    public required string[] MetricColumns { get; init; }
    public required string PlanYear { get; init; }
    public required string TargetValue { get; init; } // {0} unit
    public required string DriftCaption { get; init; } // {0} metric
    public required string FlagsTitle { get; init; }
    public required string NoFlags { get; init; }
    public required string Emphasis { get; init; }
    public required string EmphasisChartTitle { get; init; }
    public required string PlanByYear { get; init; }
    public required string TaskShare { get; init; }
    public required string OtherTopics { get; init; }
    public required string EmphasisCaption { get; init; }
    public required string EmphasisReading { get; init; } // {0} first year, {1} last year, {2} rising topic, {3} from, {4} to, {5} falling topic, {6} from, {7} to
    public required string LanguageTable { get; init; }
    public required string[] LanguageColumns { get; init; }
    public required string DepartmentLoad { get; init; }
    public required string LoadChartTitle { get; init; }
    public required string Region { get; init; }
    public required string Lead { get; init; }
    public required string CoResponsible { get; init; }
    public required string Participate { get; init; }
    public required string Responsibilities { get; init; }
    public required string LoadCaption { get; init; }
    public required string LoadReading { get; init; } // {0} plan, {1} agency, {2} share — one sentence per plan, joined
    public required string LoadConventionReading { get; init; } // {0} leads by convention, {1} leads
    public required string NotStatedReading { get; init; } // {0} plans list
    public required string ConcentrationTable { get; init; }
    public required string[] ConcentrationColumns { get; init; }
    public required string LeadBasisCounts { get; init; } // {0} marked 牵头, {1} by the plan's rule, {2} by the first-listed convention
    public required string AgencyChartTitle { get; init; } // {0} plan
    public required string Agency { get; init; }
    public required string AgencyCaption { get; init; } // {0} plan, {1} count
    public required string UniqueAgencies { get; init; }
    public required string Alignment { get; init; }
    public required string AlignmentChartTitle { get; init; } // {0} left, {1} right
    public required string TasksOf { get; init; } // {0} plan
    public required string MatchedPair { get; init; }
    public required string CosineScale { get; init; }
    public required string AlignmentCaption { get; init; } // {0} matched, {1} left tasks, {2} right tasks
    public required string[] LinkColumns { get; init; }
    public required string TaskMap { get; init; }
    public required string TaskMapChartTitle { get; init; }
    public required string Projection1 { get; init; }
    public required string Projection2 { get; init; }
    public required string TaskMapCaption { get; init; }
    public required string TopicTasks { get; init; }
    public required string TopicTasksReading { get; init; }
    public required string KeyTerms { get; init; }
    public required string NoTasks { get; init; }
    public required string Methods { get; init; }
    public required string MethodsReading { get; init; }
    public required string[] SettingNames { get; init; } // topic method, embedder, k, weights, metric thresholds, version
    public required string MoreRows { get; init; } // {0} shown, {1} total, {2} csv
    public required string MoreItems { get; init; } // {0} shown, {1} total, {2} csv
    public required string ChartNotDrawn { get; init; } // {0} chart caption, {1} reason
    public required string RegionPlans { get; init; } // {0} region, {1} plans in it
    public required string YearPlans { get; init; } // {0} year, {1} plans of that year
    public required string RegionAxis { get; init; }
    public required string PlanShare { get; init; }
    public required string CoverageRegionChartTitle { get; init; }
    public required string CoverageRegionCaption { get; init; } // {0} plans, {1} regions
    public required string SimilarityRegionChartTitle { get; init; }
    public required string SimilarityRegionCaption { get; init; } // {0} plans, {1} regions
    public required string EmphasisYearChartTitle { get; init; }
    public required string EmphasisYearCaption { get; init; } // {0} plans
    public required string LoadRegionChartTitle { get; init; }
    public required string LoadRegionCaption { get; init; } // {0} plans
    public required string AgencyCorpusChartTitle { get; init; } // {0} plans
    public required string AgencyCorpusCaption { get; init; } // {0} plans, {1} agencies shown
    public required string MoreDriftCharts { get; init; } // {0} drawn, {1} drawable metrics
    public required string MoreCoverageTopics { get; init; } // {0} drawn, {1} topics
    public required string MoreTopicPlans { get; init; } // {0} plans shown, {1} plans with tasks in the topic
    public required string[] SettingColumns { get; init; }
    public required string[] FlagKinds { get; init; } // by DriftFlagKind order: weaker value, later deadline, scope changed
    public required string Colon { get; init; }
    public required string Comma { get; init; }
    public required string ListSeparator { get; init; }
    public required string TermSeparator { get; init; }

    public static ReportText For(ReportLanguage language) => language == ReportLanguage.English ? English : Chinese;

    public static readonly ReportText Chinese = new()
    {
        LanguageTag = "zh-CN",
        Title = "医改重点工作任务比较报告",
        Contents = "目录",
        Summary = "语料概况",
        SummaryReading = "本报告比较 {0} 份规划（{1}–{2} 年），共 {3} 项任务、{6} 个量化目标，任务归入 {4} 个主题（方法：{5}）。",
        PlansTable = "规划一览",
        SkippedReading = "以下 {0} 个文件无法读取或解析，未纳入分析：",
        PlansColumns = ["规划", "标题", "任务数", "量化目标数", "列明责任部门"],
        CompositionTable = "语料构成（地区 × 年份 × 层级 × 文种）",
        CompositionColumns = ["地区", "层级", "年份", "文种"],
        TrendsSupported = "同一地区有多个年份的规划：{0}。只有这些地区的前后变化按“随时间变化”计算（含年均变化）；其余比较都是地区之间的横向比较。",
        TrendsNotSupported = "每个地区只有一个年份的规划：本语料只支持地区之间的横向比较，不能读出随时间的变化；报告中的年份差异都是不同地区之间的差异，不计算年均变化。",
        NotYetReading = "另有 {0} 处不计为缺口：该主题只出现在晚于本规划年份的规划中（当时尚未提上议程）。",
        CrossRegionEmphasis = "各年份的规划来自不同地区，下图的年份差异是地区之间的差异，不是同一地区随时间的变化。",
        Yes = "是",
        ParseWarnings = "解析提示",
        ParseWarningsReading = "解析 {1} 份规划时发现 {0} 处异常（跳号、顺序错乱、重复编号、空条目或无法读取的数字）。条目均已保留、无法读取的数字不计为目标；下表列出位置，便于核对原文。",
        ParseWarningColumns = ["规划", "行", "类型", "说明"],
        No = "否（未列明）",
        Coverage = "主题覆盖",
        CoverageChartTitle = "各规划的主题覆盖（任务数）",
        Topic = "主题",
        Plan = "规划",
        TaskCount = "任务数",
        CoverageCaption = "每格为该规划在该主题下的任务数；主题按覆盖的规划数排序。",
        CoverageReading = "{0} 覆盖的主题最多（{1}/{2} 个），{3} 最少（{4}/{2} 个）。{5} 个主题为全部规划所共有；覆盖最广的主题是“{6}”（{7} 份规划）。",
        RegionTable = "各规划的覆盖与议程多样性",
        RegionColumns = ["规划", "任务数", "已归题任务", "主题（以之为重点）", "重点覆盖率", "主题（有段落涉及）", "涉及覆盖率", "独有主题", "缺口", "熵（nats）", "有效主题数", "赫芬达尔指数"],
        Similarity = "规划间主题结构相似度",
        SimilarityChartTitle = "规划间主题结构相似度（Jaccard）",
        SimilarityScale = "Jaccard",
        SimilarityCaption = "Jaccard = 两规划都有段落涉及的主题数 / 任一规划有段落涉及的主题数（涉及：覆盖矩阵 data/coverage-matrix.csv 的 addressed 列，即以之为重点或有段落达到成员阈值；不只是以之为重点的主题）。",
        SimilarityReading = "主题结构最相近的是 {0} 与 {1}（Jaccard {2}），差异最大的是 {3} 与 {4}（Jaccard {5}）。",
        Gaps = "覆盖缺口",
        GapsReading = "共 {0} 处候选缺口：至少 {1} 份其他规划涉及、而本规划没有任何段落被判定涉及的主题，附其他规划的任务与段落作为依据。缺口由文本相似度判定，并非人工核实：在三份种子规划的专家标注上，报告的缺口约有一半属实（精确率 0.54，召回率 0.70）。引用前请对照原文核实。",
        GapColumns = ["规划", "缺口主题", "覆盖该主题的其他规划", "依据（其他规划的任务）"],
        TargetDrift = "目标漂移",
        DriftReading = "共识别 {0} 个量化指标，其中 {1} 个被两份及以上规划提出；标记了 {2} 处后续规划目标变弱、期限推迟或口径变化。",
        MetricsTable = "多份规划共同提出的指标",
        MetricColumns = ["编号", "指标", "单位", "规划数", "目标数", "人群", "各规划目标（地区、层级、年份）", "同地区年均变化"],
        PlanYear = "规划年份",
        TargetValue = "目标值（{0}）",
        DriftCaption = "“{0}”各规划目标：▲ 不低于，▼ 不高于，● 等于，◆ 约为，竖条为区间；括号内为完成年份。",
        FlagsTitle = "漂移标记",
        NoFlags = "未发现后续规划目标变弱、期限推迟或口径变化。",
        Emphasis = "主题侧重变化",
        EmphasisChartTitle = "各规划的主题侧重（任务占比）",
        PlanByYear = "规划（按年份）",
        TaskShare = "任务占比",
        OtherTopics = "其他主题",
        EmphasisCaption = "每根柱为一份规划已归题任务在各主题上的分布；占比最高的主题单独着色。",
        EmphasisReading = "从 {0} 年到 {1} 年，占比上升最多的主题是“{2}”（{3} → {4}），下降最多的是“{5}”（{6} → {7}）。",
        LanguageTable = "主题表述的变化（相邻年份）",
        LanguageColumns = ["主题", "年份", "任务数", "中心距离", "上升词", "下降词"],
        DepartmentLoad = "部门负担",
        LoadChartTitle = "各规划的部门责任分工（责任条目数）",
        Region = "规划",
        Lead = "牵头",
        CoResponsible = "共同负责",
        Participate = "参与",
        Responsibilities = "责任条目数",
        LoadCaption = "每份规划中各部门被列为牵头、共同负责、参与的任务条目之和（同一任务中同一部门只计其最强角色）。",
        LoadReading = "{0} 中牵头任务最多的是{1}（占列明部门任务的 {2}）。",
        LoadConventionReading = "其中 {0} 项（共 {1} 项）规划未标明牵头单位，按列首惯例认定为牵头。",
        NotStatedReading = "{0} 未列明任何责任部门，不计入部门负担的分母，显示为“未列明”而非零。",
        ConcentrationTable = "责任集中度",
        ConcentrationColumns = ["规划", "任务数", "列明部门的任务", "部门数", "赫芬达尔指数", "基尼系数", "牵头最多的部门", "其牵头占比", "其牵头依据"],
        LeadBasisCounts = "明示牵头 {0}，规划所定规则 {1}，列首惯例 {2}",
        AgencyChartTitle = "{0} 各部门任务",
        Agency = "部门",
        AgencyCaption = "{0} 负担最重的 {1} 个部门（按加权负担排序）。",
        UniqueAgencies = "仅一份规划提及的部门",
        Alignment = "规划间任务对齐",
        AlignmentChartTitle = "{0} 与 {1} 的任务对齐",
        TasksOf = "{0} 任务",
        MatchedPair = "匹配的任务对",
        CosineScale = "余弦相似度",
        AlignmentCaption = "任务两两之间的余弦相似度，红框为一对一匹配（{0} 对；左 {1} 项、右 {2} 项任务）。",
        LinkColumns = ["左侧任务", "右侧任务", "相似度", "共同词"],
        TaskMap = "任务分布图",
        TaskMapChartTitle = "全部任务的二维分布（嵌入投影）",
        Projection1 = "投影维度 1",
        Projection2 = "投影维度 2",
        TaskMapCaption = "每点为一项任务，按主题着色，主题编号与关键词标在其任务的中心；距离相近的任务表述相近。",
        TopicTasks = "各主题任务对照",
        TopicTasksReading = "以下按主题列出各规划的任务原文，并标出两份及以上规划共用的主题关键词。",
        KeyTerms = "共同关键词：",
        NoTasks = "（本规划无此主题的任务）",
        Methods = "方法与设置",
        MethodsReading = "覆盖、相似度、多样性、目标漂移与部门负担的定义见项目 README；以下为本次计算的设置。",
        SettingNames = ["主题方法", "嵌入模型", "缺口阈值 k", "负担权重（牵头/共同/参与）", "指标合并阈值（同主题/跨主题）", "PolicyCompare 版本"],
        MoreRows = "仅显示前 {0} 行（共 {1} 行），完整数据见 {2}。",
        MoreItems = "仅列出前 {0} 项（共 {1} 项），完整数据见 {2}。",
        ChartNotDrawn = "图表未能绘制（{0}）：{1} 数据仍完整保存在 data/*.csv 中。",
        RegionPlans = "{0}（{1}份）",
        YearPlans = "{0}年（{1}份）",
        RegionAxis = "地区（规划数）",
        PlanShare = "规划占比",
        CoverageRegionChartTitle = "各地区覆盖各主题的规划占比",
        CoverageRegionCaption = "共 {0} 份规划，按 {1} 个地区汇总：每格为该地区规划中至少有一项任务归入该主题的比例；逐份规划的数据见 data/coverage-matrix.csv。",
        SimilarityRegionChartTitle = "地区之间规划的平均主题相似度（Jaccard）",
        SimilarityRegionCaption = "共 {0} 份规划，按 {1} 个地区汇总：每格为两地区各取一份规划（不同规划）所得 Jaccard 的平均值，由覆盖矩阵（data/coverage-matrix.csv 的 addressed 列）的全部规划对算出；灰格为只有一份规划的地区自身。",
        EmphasisYearChartTitle = "各年份的主题侧重（任务占比）",
        EmphasisYearCaption = "共 {0} 份规划，按年份汇总：每根柱为该年份全部规划已归题任务在各主题上的分布（未注明年份的规划不计入）；逐份规划的占比见 data/coverage-matrix.csv。",
        LoadRegionChartTitle = "各地区的部门责任分工（责任条目数）",
        LoadRegionCaption = "列明责任部门的 {0} 份规划，按地区汇总（括号内为该地区这类规划的份数）：每根柱为这些规划中各部门被列为牵头、共同负责、参与的任务条目之和；逐份规划的数据见 data/load-agencies.csv。",
        AgencyCorpusChartTitle = "列明责任部门的 {0} 份规划中的部门任务",
        AgencyCorpusCaption = "列明责任部门的 {0} 份规划合计负担最重的 {1} 个部门；逐份规划的部门负担见 data/load-agencies.csv。",
        MoreTopicPlans = "只列出该主题任务最多的 {0} 份规划（共 {1} 份规划有该主题的任务）；全部任务及其主题见 data/tasks.csv 与 data/topics.csv。",
        MoreCoverageTopics = "图中只画出覆盖规划最多的 {0} 个主题（共 {1} 个）；全部主题见 data/coverage-matrix.csv。",
        MoreDriftCharts = "图中只画出涉及规划最多的 {0} 个指标（共 {1} 个可画的指标），其余指标的全部目标值见 data/drift-points.csv。",
        SettingColumns = ["设置", "取值"],
        FlagKinds = ["目标变弱", "期限推迟", "口径变化"],
        Colon = "：",
        Comma = "，",
        ListSeparator = "；",
        TermSeparator = "、",
    };

    public static readonly ReportText English = new()
    {
        LanguageTag = "en",
        Title = "Comparison of health-reform work plans",
        Contents = "Contents",
        Summary = "Corpus summary",
        SummaryReading = "This report compares {0} plans ({1}–{2}) with {3} tasks and {6} numeric targets; the tasks fall into {4} topics (method: {5}).",
        PlansTable = "Plans",
        SkippedReading = "{0} file(s) could not be read or parsed and were left out of the analysis:",
        PlansColumns = ["Plan", "Title", "Tasks", "Numeric targets", "Departments stated"],
        CompositionTable = "Corpus composition (regions × years × levels × genres)",
        CompositionColumns = ["Region", "Level", "Years", "Genre"],
        TrendsSupported = "Regions with plans of several years: {0}. Only within these regions is a change computed as change over time (with a per-year rate); every other comparison is across regions.",
        TrendsNotSupported = "Each region has plans of one year only: the corpus supports comparisons across regions, not trends; differences between years in this report are differences between regions, and no per-year rate is computed.",
        NotYetReading = " {0} more are not counted as gaps: the topic appears only in plans later than the plan's year (not yet on its agenda).",
        CrossRegionEmphasis = "The plans of different years come from different regions: differences between years below are differences between regions, not change within a region.",
        Yes = "yes",
        ParseWarnings = "Parse warnings",
        ParseWarningsReading = "Parsing found {0} irregularities (numbering gaps, numbers out of order, repeated numbers, empty units or numbers that cannot be read) in {1} plans. Every unit was kept and no unreadable number became a target; the table gives where, so the source can be checked.",
        ParseWarningColumns = ["Plan", "Line", "Kind", "What was found"],
        No = "no (not stated)",
        Coverage = "Topic coverage",
        CoverageChartTitle = "Topic coverage by plan (tasks)",
        Topic = "Topic",
        Plan = "Plan",
        TaskCount = "Tasks",
        CoverageCaption = "Each cell is the plan's number of tasks in the topic; topics are ordered by how many plans cover them.",
        CoverageReading = "{0} covers the most topics ({1} of {2}), {3} the fewest ({4} of {2}). {5} topics are covered by every plan; the most widely covered is \"{6}\" ({7} plans).",
        RegionTable = "Coverage and agenda diversity per plan",
        RegionColumns = ["Plan", "Tasks", "Tasks with topic", "Topics (focus)", "Focus coverage", "Topics (addressed)", "Addressed coverage", "Unique topics", "Gaps", "Entropy (nats)", "Effective topics", "Herfindahl"],
        Similarity = "Similarity of topic profiles",
        SimilarityChartTitle = "Similarity of topic profiles (Jaccard)",
        SimilarityScale = "Jaccard",
        SimilarityCaption = "Jaccard = topics both plans address / topics either plan addresses (addressed: the addressed column of data/coverage-matrix.csv, a topic the plan focuses on or has a passage reaching the membership threshold, not only its focus topics).",
        SimilarityReading = "The most similar topic profiles are {0} and {1} (Jaccard {2}); the most different are {3} and {4} (Jaccard {5}).",
        Gaps = "Coverage gaps",
        GapsReading = "{0} candidate gaps: topics that at least {1} other plans address and no passage of the plan was judged to address, with the other plans' tasks and passages as evidence. Gaps are judged from text similarity, not verified by hand: on expert labels of three seed plans about half of the reported gaps were true (precision 0.54, recall 0.70). Check each against the plan's text before citing it.",
        GapColumns = ["Plan", "Gap topic", "Other plans covering it", "Evidence (other plans' tasks)"],
        TargetDrift = "Target drift",
        DriftReading = "{0} numeric metrics were found, {1} of them stated by two or more plans; {2} changes were flagged (weaker value, later deadline or different scope).",
        MetricsTable = "Metrics stated by several plans",
        MetricColumns = ["Id", "Metric", "Unit", "Plans", "Targets", "Population", "Targets by plan (region, level, year)", "Change per year (same region)"],
        PlanYear = "Plan year",
        TargetValue = "Target ({0})",
        DriftCaption = "Targets for \"{0}\": ▲ at least, ▼ at most, ● equal, ◆ about, bar = range; due year in brackets.",
        FlagsTitle = "Drift flags",
        NoFlags = "No later plan set a weaker value, a later deadline or a different scope.",
        Emphasis = "Emphasis over time",
        EmphasisChartTitle = "Topic emphasis by plan (share of tasks)",
        PlanByYear = "Plan (by year)",
        TaskShare = "Share of tasks",
        OtherTopics = "Other topics",
        EmphasisCaption = "Each bar splits a plan's topic-assigned tasks over topics; the largest topics have their own colour.",
        EmphasisReading = "From {0} to {1} the topic whose share rose most is \"{2}\" ({3} → {4}); the one that fell most is \"{5}\" ({6} → {7}).",
        LanguageTable = "How topic language moved (consecutive years)",
        LanguageColumns = ["Topic", "Years", "Tasks", "Centroid distance", "Rising terms", "Falling terms"],
        DepartmentLoad = "Department load",
        LoadChartTitle = "Responsibilities by role per plan",
        Region = "Plan",
        Lead = "Lead",
        CoResponsible = "Co-responsible",
        Participate = "Participate",
        Responsibilities = "Responsibilities",
        LoadCaption = "Sum over agencies of tasks each leads, co-leads or participates in (an agency counts once per task, in its strongest role).",
        LoadReading = "In {0} the agency leading most tasks is {1} ({2} of tasks that state departments).",
        LoadConventionReading = " The plan marks no lead for {0} of these {1} tasks; it is taken as lead because it is listed first (the convention).",
        NotStatedReading = "{0} state no responsible department; they are left out of the load denominators and shown as \"not stated\", not as zero.",
        ConcentrationTable = "Concentration of responsibility",
        ConcentrationColumns = ["Plan", "Tasks", "Tasks stating departments", "Agencies", "Herfindahl", "Gini", "Agency leading most", "Its lead share", "Basis of its leads"],
        LeadBasisCounts = "marked 牵头 {0}, plan's own rule {1}, first-listed convention {2}",
        AgencyChartTitle = "Agencies in {0}",
        Agency = "Agency",
        AgencyCaption = "The {1} agencies with the largest weighted load in {0}.",
        UniqueAgencies = "Agencies named by one plan only",
        Alignment = "Task alignment between plans",
        AlignmentChartTitle = "Task alignment: {0} vs {1}",
        TasksOf = "Tasks of {0}",
        MatchedPair = "Matched pair",
        CosineScale = "Cosine similarity",
        AlignmentCaption = "Cosine similarity of every task pair; red outlines are one-to-one matches ({0}; {1} and {2} tasks).",
        LinkColumns = ["Left task", "Right task", "Similarity", "Shared terms"],
        TaskMap = "Task map",
        TaskMapChartTitle = "All tasks in two dimensions (embedding projection)",
        Projection1 = "Projection 1",
        Projection2 = "Projection 2",
        TaskMapCaption = "Each point is a task, coloured by topic, with the topic's id and keywords written at the centre of its tasks; nearby tasks are worded alike.",
        TopicTasks = "Tasks by topic, side by side",
        TopicTasksReading = "For each topic, every plan's tasks as written, with topic keywords shared by two or more plans highlighted.",
        KeyTerms = "Shared key terms:",
        NoTasks = "(no task under this topic)",
        Methods = "Methods and settings",
        MethodsReading = "The README defines coverage, similarity, diversity, target drift and department load; these are the settings of this run.",
        SettingNames = ["Topic method", "Embedder", "Gap threshold k", "Load weights (lead/co/participate)", "Metric merge thresholds (same topic/cross topic)", "PolicyCompare version"],
        MoreRows = "First {0} of {1} rows; all rows are in {2}.",
        MoreItems = "First {0} of {1} items; all are in {2}.",
        ChartNotDrawn = "This chart could not be drawn ({0}): {1} The data are still complete in data/*.csv.",
        RegionPlans = "{0} ({1})",
        YearPlans = "{0} ({1})",
        RegionAxis = "Region (plans)",
        PlanShare = "Share of plans",
        CoverageRegionChartTitle = "Share of each region's plans covering each topic",
        CoverageRegionCaption = "{0} plans summed up by {1} regions: each cell is the share of the region's plans with at least one task in the topic; every plan's cells are in data/coverage-matrix.csv.",
        SimilarityRegionChartTitle = "Mean topic similarity (Jaccard) between regions' plans",
        SimilarityRegionCaption = "{0} plans summed up by {1} regions: each cell is the mean Jaccard over all pairs of distinct plans, one from each region, computed from the addressed column of the coverage matrix (data/coverage-matrix.csv); grey = a one-plan region with itself.",
        EmphasisYearChartTitle = "Topic emphasis by year (share of tasks)",
        EmphasisYearCaption = "{0} plans summed up by year: each bar splits the topic-assigned tasks of all plans of that year over topics (plans without a year are left out); every plan's shares are in data/coverage-matrix.csv.",
        LoadRegionChartTitle = "Responsibilities by role per region",
        LoadRegionCaption = "The {0} plans that state departments, summed up by region (in brackets, how many of them the region has): each bar sums, over those plans, the tasks each agency leads, co-leads or participates in; every plan's figures are in data/load-agencies.csv.",
        AgencyCorpusChartTitle = "Agencies across the {0} plans that state departments",
        AgencyCorpusCaption = "The {1} agencies with the largest weighted load summed over the {0} plans that state departments; every plan's agencies are in data/load-agencies.csv.",
        MoreTopicPlans = "Only the {0} plans with the most tasks in this topic are listed ({1} plans have some); every task and its topic are in data/tasks.csv and data/topics.csv.",
        MoreCoverageTopics = "The chart draws the {0} topics covered by the most plans ({1} in all); every topic is in data/coverage-matrix.csv.",
        MoreDriftCharts = "Charts are drawn for the {0} metrics stated by the most plans ({1} could be drawn); every target of the others is in data/drift-points.csv.",
        SettingColumns = ["Setting", "Value"],
        FlagKinds = ["weaker value", "later deadline", "scope changed"],
        Colon = ": ",
        Comma = ", ",
        ListSeparator = "; ",
        TermSeparator = ", ",
    };
}
