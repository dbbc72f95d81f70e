using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.DepartmentLoad;
using static PolicyCompare.Documents.ResponsibilityRole;

namespace PolicyCompare.Tests.Metrics;

public sealed class DepartmentLoadAnalyzerTests
{
    // P (2020): 1 health L, finance C, civil P | 2 health L, finance C | 3 finance L, health P | 4 none | 5 "raw:海关" L (no canonical), health C
    //   → 4 tasks state departments.
    // Q (2021): 1 health L, finance P | 2 civil L, civil P (same agency twice: counts once, as lead) | 3 finance L → 3 stated.
    // R (2019): no departments at all → not stated.
    private static DepartmentLoadResult Analyze(MetricsOptions? options = null) =>
        new DepartmentLoadAnalyzer(Options.Create(options ?? new MetricsOptions())).Analyze(new TestCorpus(
            new PlanBuilder("p", "甲省", 2020)
                .Task("一", null, ("health", Lead), ("finance", Co), ("civil", Participate))
                .Task("二", null, ("health", Lead), ("finance", Co))
                .Task("三", null, ("finance", Lead), ("health", Participate))
                .Task("四")
                .Task("五", null, ("raw:海关", Lead), ("health", Co)),
            new PlanBuilder("q", "乙省", 2021)
                .Task("一", null, ("health", Lead), ("finance", Participate))
                .Task("二", null, ("civil", Lead), ("civil", Participate))
                .Task("三", null, ("finance", Lead)),
            new PlanBuilder("r", "丙市", 2019).Task("一").Task("二")).Corpus);

    private static AgencyLoad Load(DepartmentLoadResult result, string plan, string agency) =>
        result.Loads.Single(l => l.Plan.DocumentId == plan && l.AgencyKey == agency);

    [Test]
    public void RoleCounts_Shares_AndWeightedLoadPerTask()
    {
        var result = Analyze();
        var health = Load(result, "p", "health");
        // Led t1,t2; co t5; participates t3 → 4 of 4 stated tasks; load 2·1 + 1·0.5 + 1·0.25 = 2.75; per task 2.75/4.
        Assert.That((health.Led, health.Co, health.Participating, health.TasksInvolved, health.StatedTaskCount), Is.EqualTo((2, 1, 1, 4, 4)));
        Assert.That(health.InvolvementShare, Is.EqualTo(1.0));
        Assert.That(health.LeadShare, Is.EqualTo(0.5));
        Assert.That(health.WeightedLoad, Is.EqualTo(2.75));
        Assert.That(health.LoadPerTask, Is.EqualTo(0.6875));
        // Total load in P = 2.75 + 2.0 (finance: 1 + 2·0.5) + 0.25 (civil) + 1.0 (海关) = 6.0.
        Assert.That(health.LoadShare, Is.EqualTo(2.75 / 6).Within(1e-12));
        Assert.That(Load(result, "p", "finance").WeightedLoad, Is.EqualTo(2.0));
        Assert.That(health.AgencyName, Is.EqualTo("名health"));
    }

    [Test]
    public void AgencyWithoutCanonicalKey_FallsBackToNameAsWritten()
    {
        var result = Analyze();
        var customs = Load(result, "p", "raw:海关");
        Assert.That((customs.AgencyName, customs.Led), Is.EqualTo(("raw:海关", 1)));
    }

    [Test]
    public void AgencyNamedTwiceOnOneTask_CountsOnceInItsStrongestRole()
    {
        var civil = Load(Analyze(), "q", "civil");
        Assert.That((civil.Led, civil.Participating, civil.TasksInvolved), Is.EqualTo((1, 0, 1)));
    }

    [Test]
    public void Loads_OrderedByPlanThenLoadThenKey()
    {
        var result = Analyze();
        Assert.That(result.Loads.Select(l => $"{l.Plan.DocumentId}:{l.AgencyKey}"), Is.EqualTo(new[]
        {
            "p:health", "p:finance", "p:raw:海关", "p:civil",
            "q:finance", "q:civil", "q:health", // 1.25, then 1.0 tie → ordinal key
        }));
    }

    [Test]
    public void Concentration_HerfindahlGiniAndLeadAgency()
    {
        var p = Analyze().Concentration.Single(c => c.Plan.DocumentId == "p");
        // Loads (2.75, 2, 0.25, 1)/6: HHI = (7.5625 + 4 + 0.0625 + 1)/36 = 12.625/36.
        Assert.That(p.Herfindahl, Is.EqualTo(12.625 / 36).Within(1e-12));
        // Gini: Σ|x_i − x_j| over unordered pairs = .75+1.75+2.5+1+1.75+.75 = 8.5; G = 2·8.5 / (2·4²·1.5) = 17/48.
        Assert.That(p.Gini, Is.EqualTo(17.0 / 48).Within(1e-12));
        Assert.That((p.TaskCount, p.StatedTaskCount, p.AgencyCount), Is.EqualTo((5, 4, 4)));
        Assert.That((p.LeadAgencyKey, p.LeadAgencyShare), Is.EqualTo(("health", 0.5)));
        Assert.That(p.TopLoadAgencyKey, Is.EqualTo("health"));
        Assert.That(p.TopLoadShare, Is.EqualTo(2.75 / 6).Within(1e-12));
    }

    [Test]
    public void CoResponsibilityNetwork_PerPlanAndOverall()
    {
        var result = Analyze();
        // P: t1 {civil, finance, health} → 3 pairs; t2, t3 finance–health; t5 health–raw:海关.
        Assert.That(result.PlanEdges.Where(e => e.DocumentId == "p").Select(e => $"{e.AgencyKeyA}-{e.AgencyKeyB}:{e.TaskCount}"), Is.EqualTo(new[]
        {
            "finance-health:3", "civil-finance:1", "civil-health:1", "health-raw:海关:1",
        }));
        // Q: only t1 names two agencies (civil twice on t2 is one agency, no self-edge).
        Assert.That(result.PlanEdges.Where(e => e.DocumentId == "q").Select(e => $"{e.AgencyKeyA}-{e.AgencyKeyB}:{e.TaskCount}"), Is.EqualTo(new[] { "finance-health:1" }));
        Assert.That(result.OverallEdges.Select(e => $"{e.AgencyKeyA}-{e.AgencyKeyB}:{e.TaskCount}"), Is.EqualTo(new[]
        {
            "finance-health:4", "civil-finance:1", "civil-health:1", "health-raw:海关:1",
        }));
        Assert.That(result.OverallEdges.All(e => e.DocumentId is null), Is.True);
    }

    [Test]
    public void PlansStatingNoDepartments_AreNotStated_NotZero()
    {
        var result = Analyze();
        Assert.That(result.NotStated.Select(n => (n.Plan.DocumentId, n.TaskCount)), Is.EqualTo(new[] { ("r", 2) }));
        Assert.That(result.Loads.Any(l => l.Plan.DocumentId == "r"), Is.False);
        Assert.That(result.Concentration.Select(c => c.Plan.DocumentId), Is.EqualTo(new[] { "p", "q" }));
        Assert.That(result.Comparison.Any(c => c.Plan.DocumentId == "r"), Is.False);
    }

    [Test]
    public void CrossRegionComparison_SameAgencyAcrossPlans_WithZerosOnlyForStatedPlans()
    {
        var result = Analyze();
        // health leads 2 of 4 stated tasks in P and 1 of 3 in Q.
        var health = result.Comparison.Where(c => c.AgencyKey == "health").ToArray();
        Assert.That(health.Select(c => c.Plan.DocumentId), Is.EqualTo(new[] { "p", "q" }));
        Assert.That(health.Select(c => c.LeadShare), Is.EqualTo(new[] { 0.5, 1.0 / 3 }).Within(1e-12));
        // 海关 is named only in P: Q gets an explicit zero row, and it is unique to P.
        var customs = result.Comparison.Where(c => c.AgencyKey == "raw:海关").ToArray();
        Assert.That(customs.Select(c => (c.Plan.DocumentId, c.TasksInvolved)), Is.EqualTo(new[] { ("p", 1), ("q", 0) }));
        Assert.That(result.UniqueAgencies.Select(u => (u.AgencyKey, u.Plan.DocumentId)), Is.EqualTo(new[] { ("raw:海关", "p") }));
        // Agencies in 2 plans first (ordinal), then those in one.
        Assert.That(result.Comparison.Select(c => c.AgencyKey).Distinct(), Is.EqualTo(new[] { "civil", "finance", "health", "raw:海关" }));
    }

    [Test]
    public void Weights_AreConfigurable()
    {
        var result = Analyze(new MetricsOptions { LeadWeight = 2, CoWeight = 1, ParticipateWeight = 0 });
        // health in P: 2·2 + 1·1 + 1·0 = 5.
        Assert.That(Load(result, "p", "health").WeightedLoad, Is.EqualTo(5.0));
        Assert.That(result.Weights, Is.EqualTo(new LoadWeights(2, 1, 0)));
    }
}
