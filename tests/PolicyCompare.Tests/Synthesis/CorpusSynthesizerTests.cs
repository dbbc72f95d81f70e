using System.Text.RegularExpressions;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Alignment;
using PolicyCompare.Evaluation;
using PolicyCompare.Synthesis;
using PolicyCompare.Tests.Alignment;
using PolicyCompare.Tests.Cli;

namespace PolicyCompare.Tests.Synthesis;

public sealed partial class CorpusSynthesizerTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Path.Combine(Path.GetTempPath(), "pc-synth-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void WrittenPlans_ParseBackToExactlyTheGeneratedTasks_EachCarryingItsSourceTitle()
    {
        var corpus = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 40, Seed = 3 });
        SyntheticCorpusWriter.Write(corpus, _folder);
        var parsed = PolicyAnalyzer.Create().Load([_folder]);
        var sources = corpus.Sources.ToDictionary(s => s.Task, s => s.Source);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Documents.Select(d => d.Id), Is.EquivalentTo(corpus.Plans.Select(p => p.Metadata.Id)));
            foreach (var plan in corpus.Plans)
            {
                Assert.That(parsed[plan.Metadata.Id].Tasks, Has.Count.EqualTo(plan.Sources.Count), plan.Metadata.Id);
                Assert.That(parsed[plan.Metadata.Id].Metadata.Region, Is.EqualTo(plan.Metadata.Region));
            }

            foreach (var (document, task) in parsed.AllTasks)
            {
                var source = sources[new TaskKey(document.Id, task.Ordinal)];
                var sourceTitle = TestPlans.Seeds[source.DocumentId].Tasks[source.Ordinal - 1].Title;
                Assert.That(WithoutDigits(task.Title), Is.EqualTo(WithoutDigits(sourceTitle)), $"{document.Id} #{task.Ordinal} from {source}");
            }
        });
    }

    [Test]
    public void Synthesize_IsDeterministic_AndAPlanDoesNotDependOnHowManyAreMade()
    {
        var a = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 12, Seed = 5 });
        var b = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 20, Seed = 5 });
        var other = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 12, Seed = 6 });
        Assert.Multiple(() =>
        {
            Assert.That(b.Plans.Take(12).Select(p => p.Text), Is.EqualTo(a.Plans.Select(p => p.Text)));
            Assert.That(b.Plans.Take(12).SelectMany(p => p.Sources), Is.EqualTo(a.Sources));
            Assert.That(other.Plans.Select(p => p.Text), Is.Not.EqualTo(a.Plans.Select(p => p.Text)));
            Assert.That(a.Plans.Select(p => p.Metadata.Id).Distinct().Count(), Is.EqualTo(12));
        });
    }

    [Test]
    public void VariedRanges_KeepTheirOrder_SoEveryGeneratedTargetReadsBack()
    {
        // The seeds hold 提高5—10%; varying only its upper bound once wrote 5—1%, a range no reader can agree on.
        var corpus = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 60, Seed = 1 });
        var ranges = corpus.Plans.SelectMany(p => PercentRange().Matches(p.Text))
            .Select(m => (Low: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), High: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        SyntheticCorpusWriter.Write(corpus, _folder);
        var parsed = PolicyAnalyzer.Create().Load([_folder]);
        Assert.Multiple(() =>
        {
            Assert.That(ranges, Is.Not.Empty, "the seeds' percentage ranges are carried over");
            Assert.That(ranges.Where(r => r.High < r.Low), Is.Empty);
            Assert.That(parsed.Documents.SelectMany(d => d.Warnings).Where(w => w.Kind == PolicyCompare.Documents.ParseWarningKind.UnreadableNumber), Is.Empty);
        });
    }

    [GeneratedRegex(@"(\d+)[—–~～-](\d+)%")]
    private static partial Regex PercentRange();

    [Test]
    public void Plans_VaryLayoutDepartmentsAndDebris()
    {
        var corpus = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 60, Seed = 1 });
        var texts = corpus.Plans.Select(p => p.Text).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(texts.Count(t => t.Contains("- (一)", StringComparison.Ordinal)), Is.GreaterThan(0), "bulleted layout");
            Assert.That(texts.Count(t => t.Contains("  （一）", StringComparison.Ordinal)), Is.GreaterThan(0), "indented full-width layout");
            Assert.That(texts.Count(t => t.Contains("扫一扫", StringComparison.Ordinal) || t.Contains("当前位置", StringComparison.Ordinal)), Is.GreaterThan(0), "web debris");
            Assert.That(corpus.Plans.Count(p => p.Metadata.Level == "autonomous-region" && p.Text.Contains("(自治区", StringComparison.Ordinal)), Is.GreaterThan(0), "department prefixes follow the region");
        });
    }

    [Test]
    public void Writer_RefusesAFolderThatIsNotEmpty_AndLeavesItsFilesAlone()
    {
        Directory.CreateDirectory(_folder);
        var existing = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(existing, "mine");
        var corpus = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 2 });
        Assert.Multiple(() =>
        {
            Assert.That(() => SyntheticCorpusWriter.Write(corpus, _folder), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("not empty"));
            Assert.That(File.ReadAllText(existing), Is.EqualTo("mine"));
            Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void PropagatedGold_GivesEachGeneratedTaskItsSourceLabel_AndEvaluateReadsIt()
    {
        var gold = GoldLabels.Load(TestPlans.DevGoldPath);
        var corpus = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = 5, Seed = 2 });
        SyntheticCorpusWriter.Write(corpus, _folder, gold);
        var written = GoldLabels.Load(Path.Combine(_folder, SyntheticCorpusWriter.GoldFileName));
        var bySource = gold.Labels.ToDictionary(l => l.Task, l => l.Topic);
        var expected = corpus.Sources.Where(s => bySource.ContainsKey(s.Source)).Select(s => (s.Task, bySource[s.Source])).ToArray();
        Assert.That(written.Labels.Select(l => (l.Task, l.Topic)), Is.EqualTo(expected));
        Assert.That(expected, Is.Not.Empty);
        var sourcesFile = File.ReadAllLines(Path.Combine(_folder, SyntheticCorpusWriter.SourcesFileName));
        Assert.That(sourcesFile, Has.Length.EqualTo(corpus.Sources.Count() + 1));
        Assert.That(sourcesFile[1], Is.EqualTo($"{corpus.Plans[0].Metadata.Id}\t1\t{corpus.Plans[0].Sources[0].Source.DocumentId}\t{corpus.Plans[0].Sources[0].Source.Ordinal}"));
    }

    [Test]
    public async Task SynthCommand_ReplacesItsOwnEarlierCorpus_ButNotAFolderWithSomeoneElsesFile()
    {
        var seeds = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");
        var first = await CliRunner.RunAsync("synth", "--from", seeds, "--plans", "3", "--out", _folder, "--seed", "4");
        var second = await CliRunner.RunAsync("synth", "--from", seeds, "--plans", "2", "--out", _folder);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "mine");
        var third = await CliRunner.RunAsync("synth", "--from", seeds, "--plans", "2", "--out", _folder);
        var intoInput = await CliRunner.RunAsync("synth", "--from", seeds, "--plans", "2", "--out", seeds, "--force");
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
            Assert.That(first.Output, Does.StartWith("wrote 3 plans,"));
            Assert.That(second.ExitCode, Is.EqualTo(0), second.Error);
            Assert.That(Directory.GetFiles(_folder, "*.txt").Where(f => Path.GetFileName(f) != "notes.txt").ToArray(), Has.Length.EqualTo(2));
            Assert.That(third.ExitCode, Is.EqualTo(1));
            Assert.That(third.Error, Does.Contain("notes.txt"));
            Assert.That(File.ReadAllText(Path.Combine(_folder, "notes.txt")), Is.EqualTo("mine"));
            Assert.That(intoInput.ExitCode, Is.EqualTo(1));
            Assert.That(File.Exists(Path.Combine(seeds, "corpus.json")));
        });
    }

    private static string WithoutDigits(string title) => Digits().Replace(title, string.Empty);

    [GeneratedRegex(@"[\d\s]")]
    private static partial Regex Digits();
}
