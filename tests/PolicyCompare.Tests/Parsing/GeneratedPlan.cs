using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace PolicyCompare.Tests.Parsing;

/// <summary>A randomly assembled plan and what the parser must find in it.</summary>
public sealed record GeneratedPlan(string Text, int TaskCount, IReadOnlyList<string> TaskTitles, bool StatesDepartments, IReadOnlyList<string> Debris)
{
    public override string ToString() => Text;
}

/// <summary>
/// FsCheck generators of plans from numbering, body and debris fragments, with random blanks, breaks and CRLF, and
/// optionally full-width digits, Markdown syntax and sections in a shuffled order.
/// </summary>
public static class PlanArbitraries
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

    private static readonly string[] Titles =
    [
        "深化医保支付方式改革", "推进药品集中采购", "完善分级诊疗制度", "加强公共卫生体系建设", "提升基层服务能力", "推动中医药传承创新",
        "强化综合监管", "加快全民健康信息化", "改善群众就医体验", "加强人才队伍建设",
    ];

    private static readonly string[] Sentences =
    [
        "全面推行按病种付费，覆盖率达到80%以上。", "一是完善机制，二是强化考核，三是加强督导。", "推进1+1+1组合式签约服务。",
        "落实《医疗机构管理条例(试行)》有关要求。", "重点做好(1)信息归集和(2)结果运用。", "新增床位1200张，投入资金2000万元。",
        "到2025年，基层诊疗量占比达到65%左右。", "组织开展专项检查，严肃查处违法违规行为。", "建立健全长效机制，确保取得实效。",
    ];

    private static readonly string[] Departments =
    [
        "省卫生健康委、省医保局等按职责分工负责", "省财政厅牵头，省卫生健康委配合", "自治区卫生计生委、财政厅负责，自治区编办参与",
        "市卫健委负责", "各区(市)县政府、市卫健委按职责分工负责",
    ];

    private static readonly string[] HeadDebris = ["首页 新闻中心 政务公开 办事服务 互动交流", "当前位置:首页>政策文件", "来源:卫生健康委 发布时间:2022-01-05 10:00", "索引号:000014349/2022-00012"];

    private static readonly string[] TailDebris = ["主办单位:某省卫生健康委员会", "网站标识码:1234567890", "京ICP备12345678号", "扫一扫在手机上查看当前页面", "相关主题"];

    public static Arbitrary<GeneratedPlan> Plans() => Arb.From(
        from sections in Gen.Choose(1, 4)
        from tasksPerSection in Gen.ArrayOf(Gen.Choose(1, 5), sections)
        from restart in Gen.Elements(true, false)
        from fullWidth in Gen.Elements(true, false)
        from departments in Gen.Elements(true, false)
        from sameLine in Gen.Elements(true, false)
        from crlf in Gen.Elements(true, false)
        from closing in Gen.Elements(true, false)
        from shape in Gen.Choose(0, 7)
        from noise in Gen.Choose(0, int.MaxValue)
        select Build(tasksPerSection, restart, fullWidth, departments, sameLine && departments, crlf, closing, (Shape)shape, new Random(noise)));

    /// <summary>Text that a damaged or unusual plan holds: numbers, brackets, Markdown, tabs, controls, lone surrogates.</summary>
    public static Arbitrary<string> Mangled() => Arb.From(
        from plan in Plans().Generator
        from count in Gen.Choose(1, 12)
        from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(Fragments)), count)
        select Mangle(plan.Text, edits));

    private static readonly string[] Fragments =
    [
        "（一）", "(1)", "１", "１．", "一、", "第一条", "⑴", "①", "〔责任单位：", "〕", "（牵头单位：", "）", "\t", "|", "**", "## ", "一是", "二是",
        "\u0000", "\uD800", "\uDC00", "\r", "\n", "……3", "附件：", "２０２５年", "６０％", "。", "", "\u3000", "\u200B",
    ];

    private static string Mangle(string text, (int Position, string Fragment)[] edits)
    {
        var result = new StringBuilder(text);
        foreach (var (position, fragment) in edits)
        {
            var at = result.Length == 0 ? 0 : position % result.Length;
            if (fragment.Length == 0)
            {
                result.Remove(at, Math.Min(result.Length - at, 1 + (position % 17)));
            }
            else
            {
                result.Insert(at, fragment);
            }
        }

        return result.ToString();
    }

    /// <summary>Shapes a generated plan can take besides its numbering.</summary>
    [Flags]
    public enum Shape
    {
        /// <summary>Plain text with ASCII digits, sections in order.</summary>
        Plain = 0,
        /// <summary>Digits of the body written full-width (２０２５年, ８０％).</summary>
        FullWidthDigits = 1,
        /// <summary>Sections as <c>## 一、…</c> headings and task titles in <c>**bold**</c>.</summary>
        Markdown = 2,
        /// <summary>Sections numbered in a shuffled order.</summary>
        ShuffledSections = 4,
    }

    private static GeneratedPlan Build(int[] tasksPerSection, bool restart, bool fullWidth, bool departments, bool sameLine, bool crlf, bool closing, Shape shape, Random random)
    {
        var sectionNumbers = Enumerable.Range(0, tasksPerSection.Length).ToArray();
        if (shape.HasFlag(Shape.ShuffledSections))
        {
            random.Shuffle(sectionNumbers);
        }

        var (open, close) = fullWidth ? ("（", "）") : ("(", ")");
        var text = new StringBuilder();
        var debris = new List<string>();
        foreach (var line in HeadDebris.Where(_ => random.Next(2) == 0))
        {
            text.Append(line).Append('\n');
            debris.Add(line);
        }

        text.Append("某省2022年深化医药卫生体制改革重点工作任务\n\n为深入推进医改，结合实际，制定本任务。\n\n");
        var titles = new List<string>();
        var number = 0;
        for (var s = 0; s < tasksPerSection.Length; s++)
        {
            var n = sectionNumbers[s];
            text.Append(shape.HasFlag(Shape.Markdown) ? "## " : "").Append(Numerals[n]).Append('、').Append("第").Append(Numerals[n]).Append("部分重点工作\n");
            if (restart)
            {
                number = 0;
            }

            for (var t = 0; t < tasksPerSection[s]; t++)
            {
                number++;
                var title = Titles[random.Next(Titles.Length)];
                titles.Add(title);
                var body = new StringBuilder(shape.HasFlag(Shape.Markdown) ? $"**{title}**" : title).Append('。');
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var sentence = Sentences[random.Next(Sentences.Length)];
                    body.Append(shape.HasFlag(Shape.FullWidthDigits) ? string.Concat(sentence.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)) : sentence);
                }

                text.Append(open).Append(Numerals[number - 1]).Append(close).Append(Disturb(body.ToString(), random));
                if (departments)
                {
                    text.Append(open).Append(Departments[random.Next(Departments.Length)]).Append(close);
                }

                var lastOfSection = t == tasksPerSection[s] - 1;
                text.Append(sameLine && !lastOfSection && random.Next(2) == 0 ? "" : random.Next(2) == 0 ? "\n" : "\n  \n");
            }
        }

        if (closing)
        {
            text.Append("\n各地、各有关部门要切实加强组织领导，确保各项任务落到实处。\n");
        }

        foreach (var line in TailDebris.Where(_ => random.Next(2) == 0))
        {
            text.Append(line).Append('\n');
            debris.Add(line);
        }

        var result = text.ToString();
        return new GeneratedPlan(crlf ? result.Replace("\n", "\r\n", StringComparison.Ordinal) : result, titles.Count, titles, departments, debris);
    }

    /// <summary>PDF-like damage: blanks between Chinese characters and line breaks (with blank lines) inside sentences.</summary>
    private static string Disturb(string body, Random random)
    {
        var result = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            result.Append(body[i]);
            var next = i + 1 < body.Length ? body[i + 1] : '\0';
            if (next == '\0' || !IsCjk(body[i]) || !IsCjk(next))
            {
                continue;
            }

            switch (random.Next(40))
            {
                case 0:
                    result.Append(' ');
                    break;
                case 1:
                    result.Append(random.Next(2) == 0 ? "\n" : "\n\n");
                    break;
            }
        }

        return result.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
