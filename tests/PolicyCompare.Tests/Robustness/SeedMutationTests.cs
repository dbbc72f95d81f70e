using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Parsing;
using PolicyCompare.Tests.Parsing;

namespace PolicyCompare.Tests.Robustness;

/// <summary>
/// Issue 10 §6: every seed, put through each mutation a published plan meets on its way to a researcher, parses to the
/// same tasks, departments and targets as the original.
/// </summary>
[TestFixture]
public sealed class SeedMutationTests
{
    private Scratch _scratch = null!;

    [OneTimeSetUp]
    public void SetUp() => _scratch = new Scratch();

    [OneTimeTearDown]
    public void TearDown() => _scratch.Dispose();

    /// <summary>Fuzz cases run in CI (fixed, seeded); <c>POLICYCOMPARE_FUZZ_COUNT</c> raises it.</summary>
    private const int DefaultFuzzCount = 25;

    private const int FuzzSeed = 20261130;

    private static readonly string[] Seeds = ["chengdu-2021", "hubei-2024", "innermongolia-2016", "jilin-2021", "jingmen-2017"];

    public static IEnumerable<TestCaseData> Cases() =>
        from seed in Seeds
        from mutation in SeedMutation.All
        where mutation != SeedMutation.Markdown
        select new TestCaseData(seed, mutation.Name);

    [TestCaseSource(nameof(Cases))]
    public void A_mutated_seed_parses_to_the_same_tasks_departments_and_targets(string seed, string mutationName)
    {
        var mutation = SeedMutation.All.Single(m => m.Name == mutationName);
        var original = PlanSignature.Of(SeedCorpus.Document(seed));

        var mutated = PlanSignature.Of(Load(seed, mutation.Extension, mutation.Apply(SeedText(seed))));

        Assert.That(mutated, Is.EqualTo(original));
    }

    /// <summary>
    /// Markdown headings (<c>## 一、</c>, <c>### （一）</c>) are not read as numbering yet: the parser's Markdown support
    /// (issue 8 §6) is being written on another branch. Until it lands, this states exactly what happens today, so the
    /// day it changes this test fails and the Markdown mutation joins <see cref="Cases"/> (delete this test then).
    /// </summary>
    [TestCase("jingmen-2017", "same")]
    [TestCase("chengdu-2021", "5 of 20 tasks")]
    [TestCase("hubei-2024", "no recognizable task structure")]
    [TestCase("innermongolia-2016", "no recognizable task structure")]
    [TestCase("jilin-2021", "no recognizable task structure")]
    public void The_markdown_mutation_today(string seed, string outcome)
    {
        var original = PlanSignature.Of(SeedCorpus.Document(seed));
        string actual;
        try
        {
            var mutated = PlanSignature.Of(Load(seed, ".md", SeedMutation.Markdown.Apply(SeedText(seed))));
            actual = mutated.SequenceEqual(original) ? "same" : $"{mutated.Count} of {original.Count} tasks";
        }
        catch (PolicyParseException e) when (e.Reason.StartsWith("no recognizable task structure", StringComparison.Ordinal))
        {
            actual = "no recognizable task structure";
        }

        Assert.That(actual, Is.EqualTo(outcome));
    }

    /// <summary>
    /// Random compositions of the text mutations, saved in a random encoding and sometimes wrapped in an HTML page:
    /// the same tasks, departments and targets every time. Fixed and seeded, so a failure reproduces; the message
    /// names the case.
    /// </summary>
    [Test]
    public void Random_compositions_of_mutations_parse_to_the_same_plan()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("POLICYCOMPARE_FUZZ_COUNT"), out var requested) && requested > DefaultFuzzCount
            ? requested
            : DefaultFuzzCount;
        var random = new Random(FuzzSeed);
        for (var i = 0; i < count; i++)
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var mutations = SeedMutation.Composable.Where(_ => random.Next(2) == 1).OrderBy(_ => random.Next()).ToList();
            var html = random.Next(4) == 0;
            var encoding = html ? SeedMutation.Html.Encoding : SeedMutation.Encodings[random.Next(SeedMutation.Encodings.Count)];
            var text = mutations.Aggregate(SeedText(seed), (t, m) => m.Text(t));
            if (html)
            {
                text = SeedMutation.Html.Text(text);
            }

            var description = $"case {i}: {seed} with {string.Join(" + ", mutations)}{(html ? " in HTML" : "")} as {encoding.WebName}{(encoding.GetPreamble().Length > 0 ? " with BOM" : "")}";
            var mutated = Load(seed, html ? ".html" : ".txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

            Assert.That(PlanSignature.Of(mutated), Is.EqualTo(PlanSignature.Of(SeedCorpus.Document(seed))), description);
        }
    }

    internal static string SeedText(string seed) => File.ReadAllText(Path.Combine(SeedCorpus.Folder, seed + ".txt"));

    /// <summary>Loads the bytes as a single-file corpus through the real loader (decoding, HTML extraction, parsing).</summary>
    internal PolicyCompare.Documents.PolicyDocument Load(string seed, string extension, byte[] bytes)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_scratch.Root, Guid.NewGuid().ToString("N"))).FullName;
        var file = Path.Combine(folder, seed + extension);
        File.WriteAllBytes(file, bytes);
        return new FileCorpusLoader(new PlanParser()).Load([file]).Documents.Single();
    }
}
