// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer only knows NUnit attributes.
#pragma warning disable NUnit1027
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;
using PolicyCompare.Parsing.Targets;

namespace PolicyCompare.Tests.Parsing;

/// <summary>
/// The target reader on text stitched from the pieces targets are written with (full-width digits, Chinese fractions,
/// split digits, deadlines, quotes): it never throws, every target points at its source characters, and no value is
/// invented (a milestone has none, every other value is a finite number).
/// </summary>
public sealed class TargetReaderProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(TargetTextArbitraries)], Replay = "(20261130,11)")]
    public bool Every_target_is_traceable_and_no_value_is_invented(TargetText sample)
    {
        var source = sample.Text;
        var reading = new TargetExtractor(32).Read(TextNormalizer.Normalize(source, 0, source.Length));
        return reading.Targets.All(t =>
                t.Span.Start >= 0 && t.Span.End <= source.Length
                && (t.Kind == TargetKind.Milestone ? double.IsNaN(t.Value) : double.IsFinite(t.Value))
                && t.DeadlineMonth is null or (>= 1 and <= 12)
                && t.Text.Length > 0)
            && reading.Unreadable.All(u => u.Span.Start >= 0 && u.Span.End <= source.Length);
    }
}

/// <summary>A text stitched from target pieces.</summary>
/// <param name="Text">The text.</param>
public sealed record TargetText(string Text);

/// <summary>Generates <see cref="TargetText"/>.</summary>
public static class TargetTextArbitraries
{
    private static readonly string[] Pieces =
    [
        "2025年", "２０２５年", "到", "于", "底前", "6月", "月底前", "“十四五”期间", "十三五末", "，", "。", "、", "和", "分别",
        "覆盖率", "达到", "不低于", "提高", "下降", "30", "６０", "9.9.9", "1,200", "2 000", "2\u00A0000", "9\u200B0", "9\u00AD0",
        "%", "％", "‰", "/10万", "个百分点", "万元", "个", "岁", "以上", "以下", "左右", "—", "-", "百分之", "六十五", "六五", "千分之",
        "十万分之", "三成", "七成五", "全覆盖", "实现", "完成", "建成", "“", "”", "《", "》", "为期", "天", "的", "0-3岁", "1+X",
    ];

    /// <summary>Texts of 1 to 40 pieces.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TargetText> Texts() => Arb.From(
        from count in Gen.Choose(1, 40)
        from pieces in Gen.ArrayOf(Gen.Elements(Pieces), count)
        select new TargetText(string.Concat(pieces)));
}
