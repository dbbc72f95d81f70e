using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;

namespace PolicyCompare.Tests.Reporting;

/// <summary>The report lists every parse warning of the corpus under its summary.</summary>
public sealed class ParseWarningReportTests
{
    [Test]
    public void Parse_warnings_are_listed_under_the_summary()
    {
        var inputs = SeedAnalysis.Load();
        var documents = inputs.Analysis.Corpus.Documents.ToList();
        var jilin = documents.Single(d => d.Id == "jilin-2021");
        documents[documents.IndexOf(jilin)] = jilin with
        {
            Warnings = [new ParseWarning(ParseWarningKind.NumberingOutOfOrder, "jilin-2021", 120, 9, "（三） comes after 5 at its level (out of order); kept as a unit where it stands.")],
        };
        var analysis = inputs.Analysis with { Corpus = inputs.Analysis.Corpus with { Documents = documents } };

        var report = new ReportBuilder().Build(inputs with { Analysis = analysis }, new ReportOptions());
        var section = report.Sections.Single(s => s.Id == "summary").Subsections!.Single(s => s.Id == "parse-warnings");
        var table = section.Blocks.OfType<TableBlock>().Single();
        var clean = new ReportBuilder().Build(inputs, new ReportOptions());

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Single().Skip(1), Is.EqualTo(new[] { "9", "NumberingOutOfOrder", "（三） comes after 5 at its level (out of order); kept as a unit where it stands." }));
            Assert.That(clean.Sections.Single(s => s.Id == "summary").Subsections, Is.Null, "no section when nothing was irregular");
        });
    }
}
