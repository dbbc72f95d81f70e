using NUnit.Framework;
using PolicyCompare.Corpus;

namespace PolicyCompare.Tests.Corpus;

public sealed class HtmlTextExtractorTests
{
    [Test]
    public void Blocks_become_lines_and_scripts_disappear()
    {
        var text = HtmlTextExtractor.Extract("<html><head><title>标题</title><style>p{}</style></head><body><script>var x = 1;</script>"
            + "<div>一、总体要求</div><p>（一）深化改革。<br>继续  推进。</p><table><tr><td>甲</td><td>乙</td></tr></table></body></html>");

        Assert.That(text, Is.EqualTo("标题\n一、总体要求\n（一）深化改革。\n继续 推进。\n甲 乙\n"));
    }
}
