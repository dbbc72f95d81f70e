using NUnit.Framework;
using PolicyCompare.Charts.Rendering;
using SkiaSharp;

namespace PolicyCompare.Tests.Charts;

[TestFixture]
public sealed class FontSubsetterTests
{
    [Test]
    public void Subset_keeps_exactly_the_requested_characters_and_is_small()
    {
        byte[] subset = FontSubsetter.SubsetEmbeddedFont("家庭医生签约服务覆盖率 ≥30%");
        using SKData data = SKData.CreateCopy(subset);
        using SKTypeface typeface = SKTypeface.FromData(data);

        Assert.That(typeface, Is.Not.Null);
        Assert.That("家庭医生签约服务覆盖率≥30%".Select(c => typeface.GetGlyph(c)), Has.All.Not.EqualTo((ushort)0));
        Assert.That(typeface.GetGlyph('吉'), Is.EqualTo((ushort)0));
        Assert.That(subset.Length, Is.LessThan(60_000));
    }

    [Test]
    public void Subsetting_is_deterministic()
    {
        byte[] first = FontSubsetter.SubsetEmbeddedFont("医改重点工作任务");
        byte[] second = FontSubsetter.SubsetEmbeddedFont("任务工作重点医改");

        Assert.That(second, Is.EqualTo(first), "same characters in another order give the same font");
    }
}
