using NUnit.Framework;
using PolicyCompare.Reporting;

namespace PolicyCompare.Tests.Reporting;

[TestFixture]
public sealed class KeyTermHighlighterTests
{
    [Test]
    public void Longest_term_wins_and_runs_rebuild_the_text()
    {
        const string text = "全面推进家庭医生签约服务，家庭医生团队";
        IReadOnlyList<TextRun> runs = KeyTermHighlighter.Split(text, ["家庭", "家庭医生", "签约服务", ""]);

        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo(text));
        Assert.That(runs.Where(r => r.IsKeyTerm).Select(r => r.Text), Is.EqualTo(new[] { "家庭医生", "签约服务", "家庭医生" }));
        Assert.That(runs[0], Is.EqualTo(new TextRun("全面推进", false)));
    }

    [Test]
    public void No_terms_gives_one_plain_run()
    {
        Assert.That(KeyTermHighlighter.Split("文本", []), Is.EqualTo(new[] { new TextRun("文本", false) }));
        Assert.That(KeyTermHighlighter.Split(string.Empty, ["x"]), Is.Empty);
    }
}
