using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Alignment;

/// <summary>Hand-made plans and the seed corpus for alignment tests.</summary>
internal static class TestPlans
{
    private static readonly Lazy<PolicyCorpus> SeedCorpus = new(() =>
        new FileCorpusLoader(new PlanParser()).Load([Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds")]));

    /// <summary>The five seed plans, parsed once per test run.</summary>
    public static PolicyCorpus Seeds => SeedCorpus.Value;

    public static string DevGoldPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "dev-gold.tsv");

    /// <summary>A plan whose tasks are the given texts; the title is the text up to the first 。.</summary>
    public static PolicyDocument Plan(string id, params string[] texts)
    {
        var tasks = new List<PolicyTask>();
        var offset = 0;
        var source = string.Concat(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i];
            var title = text.Split('。')[0];
            tasks.Add(new PolicyTask(
                i + 1,
                ["测试章节"],
                $"({i + 1})",
                title,
                new NormalizedText(text, Enumerable.Range(offset, text.Length).ToArray()),
                new SourceSpan(offset, text.Length)));
            offset += text.Length;
        }

        return new PolicyDocument(new DocumentMetadata(id), source, [], tasks, [new DocumentSpan(SpanKind.Task, new SourceSpan(0, source.Length))]);
    }

    /// <summary>Task vectors given by hand.</summary>
    public static TaskEmbeddings Vectors(params (string Document, int Ordinal, float[] Vector)[] rows) =>
        new(rows.Select(r => new TaskKey(r.Document, r.Ordinal)).ToArray(), rows.Select(r => Normalize(r.Vector)).ToArray(), "hand-made");

    private static float[] Normalize(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
