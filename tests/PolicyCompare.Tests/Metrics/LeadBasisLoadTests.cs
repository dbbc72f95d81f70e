using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Metrics;

/// <summary>Issue 8 §17–§18 in department load: generic names are no agency; leads say which rest on the convention.</summary>
public sealed class LeadBasisLoadTests
{
    [Test]
    public void Unspecified_names_are_left_out_and_convention_leads_are_counted()
    {
        const string text = "一、重点任务\n（一）建立协调机制。完善工作制度。（省医保局、各相关部门按职责分工负责）\n"
            + "（二）完善考核办法。加强考核。（省医保局牵头，有关单位配合）\n（三）推进改革。深化改革。（各地、省卫生健康委按职责分工负责）\n";
        var plan = new PlanParser().Parse(text, new DocumentMetadata("p", Region: "甲省", Year: 2024));
        var load = new DepartmentLoadAnalyzer(Options.Create(new MetricsOptions())).Analyze(new PolicyCorpus([plan]));

        Assert.Multiple(() =>
        {
            Assert.That(load.Loads.Select(l => (l.AgencyKey, l.Led, l.LedByPlanRule, l.LedByConvention)), Is.EquivalentTo(new[]
            {
                ("medical-security", 2, 0, 1), ("health-commission", 1, 0, 1),
            }));
            Assert.That(load.UniqueAgencies.Select(u => u.AgencyKey), Is.EquivalentTo(new[] { "medical-security", "health-commission" }), "各相关部门, 有关单位 and 各地 are no agency");
        });
    }
}
