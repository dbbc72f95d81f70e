using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Parsing;
using PolicyCompare.Tests.Parsing;

namespace PolicyCompare.Tests.Corpus;

public sealed class FileCorpusLoaderTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pc-corpus-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(true);

    private static FileCorpusLoader Loader() => new(new PlanParser());

    [Test]
    public void The_corpus_is_the_same_for_any_number_of_threads()
    {
        foreach (var file in Directory.GetFiles(SeedCorpus.Folder, "*.txt"))
        {
            File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder.FullName, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(_folder.FullName, "binary.txt"), [0, 1, 2, 0, 0xFF, 0xFE, 0, 0]);

        PolicyCorpus Load(int threads) => new FileCorpusLoader(new PlanParser(), Microsoft.Extensions.Options.Options.Create(new CorpusOptions { MaxDegreeOfParallelism = threads }))
            .Load([_folder.FullName]);
        var one = Load(1);
        Assert.Multiple(() =>
        {
            Assert.That(one.Documents, Has.Count.EqualTo(5));
            Assert.That(one.Skipped, Has.Count.EqualTo(2));
            foreach (var threads in new[] { 4, -1 })
            {
                var many = Load(threads);
                Assert.That(many.Documents.Select(d => d.Id), Is.EqualTo(one.Documents.Select(d => d.Id)));
                Assert.That(many.Documents.Select(d => d.Tasks.Count), Is.EqualTo(one.Documents.Select(d => d.Tasks.Count)));
                Assert.That(many.Notices, Is.EqualTo(one.Notices));
                Assert.That(many.Skipped, Is.EqualTo(one.Skipped));
                Assert.That(many.Sources, Is.EqualTo(one.Sources));
            }
        });
    }

    [Test]
    public void Two_files_with_one_stem_keep_the_corpus_and_the_later_is_skipped_naming_both()
    {
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(_folder.FullName, "a.txt"));
        File.Copy(Path.Combine(SeedCorpus.Folder, "jingmen-2017.txt"), Path.Combine(_folder.FullName, "a.md"));
        File.Copy(Path.Combine(SeedCorpus.Folder, "chengdu-2021.txt"), Path.Combine(_folder.FullName, "b.txt"));

        var corpus = Loader().Load([_folder.FullName]);

        Assert.Multiple(() =>
        {
            // Files are read in ordinal name order, so a.md keeps the id and a.txt is the one skipped.
            Assert.That(corpus.Documents.Select(d => d.Id), Is.EquivalentTo(new[] { "a", "b" }));
            Assert.That(corpus["a"].Metadata.File, Is.EqualTo("a.md"));
            var skipped = corpus.Skipped.Single();
            Assert.That(Path.GetFileName(skipped.Path), Is.EqualTo("a.txt"));
            Assert.That(skipped.Reason, Does.Contain("\"a\"").And.Contain(Path.Combine(_folder.FullName, "a.md")));
        });
    }

    [Test]
    public void Files_of_other_kinds_are_named_in_a_notice_never_dropped_unsaid()
    {
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(_folder.FullName, "a.txt"));
        File.WriteAllText(Path.Combine(_folder.FullName, "plan.pdf"), "a plan saved as PDF");
        File.WriteAllText(Path.Combine(_folder.FullName, "labels.tsv"), "id\ttopic");
        File.WriteAllText(Path.Combine(_folder.FullName, ".hidden"), "editor state");

        var corpus = Loader().Load([_folder.FullName]);

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Documents.Select(d => d.Id), Is.EqualTo(new[] { "a" }));
            Assert.That(corpus.Notices.Single(n => n.Contains("not read", StringComparison.Ordinal)), Does.Contain("labels.tsv, plan.pdf").And.Not.Contain(".hidden"));
        });
    }

    [Test]
    public void A_thread_count_of_zero_is_refused()
    {
        var options = new CorpusOptions { MaxDegreeOfParallelism = 0 };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);
        Assert.Multiple(() =>
        {
            Assert.That(valid, Is.False);
            Assert.That(results.Single().ErrorMessage, Does.Contain("MaxDegreeOfParallelism"));
        });
    }

    [Test]
    public void Manifest_gives_ids_and_metadata()
    {
        var corpus = Loader().Load([SeedCorpus.Folder]);
        var jilin = corpus["jilin-2021"];

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Documents, Has.Count.EqualTo(5));
            Assert.That((jilin.Metadata.Region, jilin.Metadata.RegionEn, jilin.Metadata.Level, jilin.Metadata.Year, jilin.Metadata.Issuer),
                Is.EqualTo(("吉林省", "Jilin", "province", 2021, "吉林省卫生健康委员会")));
            Assert.That(corpus["chengdu-2021"].Metadata.DocNumber, Is.EqualTo("成办发[2021]93号"));
            Assert.That(jilin.Metadata.InferredFields, Is.Empty);
            Assert.That(jilin.SourceEncoding, Is.EqualTo("utf-8"));
            Assert.That(corpus.Notices, Is.Empty);
        });
    }

    [Test]
    public void Folder_without_manifest_infers_metadata_and_says_so()
    {
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(_folder.FullName, "a.txt"));
        File.Copy(Path.Combine(SeedCorpus.Folder, "innermongolia-2016.txt"), Path.Combine(_folder.FullName, "b.txt"));
        File.WriteAllText(Path.Combine(_folder.FullName, "notes.pdf"), "not a plan");

        var corpus = Loader().Load([_folder.FullName]);
        var jilin = corpus["a"];

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Documents.Select(d => d.Id), Is.EqualTo(new[] { "b", "a" }), "ordered by year, then id");
            Assert.That((jilin.Metadata.Region, jilin.Metadata.Level, jilin.Metadata.Year), Is.EqualTo(("吉林省", "province", 2021)));
            Assert.That(jilin.Metadata.Title, Is.EqualTo("吉林省深化医药卫生体制改革2021年重点工作任务"));
            Assert.That(corpus["b"].Metadata.Level, Is.EqualTo("autonomous-region"));
            Assert.That(corpus.Notices, Has.Count.EqualTo(3), "one per inferred plan, and notes.pdf named as not read");
            Assert.That(corpus.Notices.Count(n => n.Contains("not read", StringComparison.Ordinal) && n.Contains("notes.pdf", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(corpus.Notices.Single(n => n.StartsWith("a:", StringComparison.Ordinal)), Does.Contain("region 吉林省").And.Contain("level province").And.Contain("year 2021"));
        });
    }

    [Test]
    public void A_single_file_takes_its_manifest_entry()
    {
        var corpus = Loader().Load([Path.Combine(SeedCorpus.Folder, "hubei-2024.txt")]);

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Documents.Single().Id, Is.EqualTo("hubei-2024"));
            Assert.That(corpus.Documents.Single().Metadata.DocNumber, Is.EqualTo("鄂卫发[2024]25号"));
        });
    }

    [Test]
    public void Files_the_manifest_does_not_list_are_loaded_with_inferred_metadata_and_reported()
    {
        // Issue 8 §21: an unlisted file is never silently dropped (this test used to expect it left out).
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(_folder.FullName, "jilin.txt"));
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(_folder.FullName, "extra.txt"));
        File.WriteAllText(Path.Combine(_folder.FullName, "corpus.json"), """{"documents":[{"id":"jl","file":"jilin.txt","region":"吉林省","year":2021}]}""");

        var corpus = Loader().Load([_folder.FullName]);

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Documents.Select(d => d.Id), Is.EqualTo(new[] { "extra", "jl" }));
            Assert.That(corpus["extra"].Metadata.Region, Is.EqualTo("吉林省"), "inferred from the text");
            Assert.That(corpus.Notices, Has.Some.Contains("extra.txt").And.Contains("not listed in the manifest, loaded"));
        });
    }

    [Test]
    public void Files_read_are_reported_against_the_files_found_and_the_order_of_notices_and_skips_is_kept()
    {
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(_folder.FullName, "jilin.txt"));
        File.Copy(Path.Combine(SeedCorpus.Folder, "hubei-2024.txt"), Path.Combine(_folder.FullName, "extra.txt"));
        File.WriteAllText(Path.Combine(_folder.FullName, "empty.txt"), "");
        File.WriteAllText(Path.Combine(_folder.FullName, "corpus.json"),
            """{"documents":[{"id":"gone","file":"gone.txt"},{"id":"jl","file":"jilin.txt","region":"吉林省","year":2021}]}""");
        var reports = new List<WorkProgress>();
        var loader = new FileCorpusLoader(new PlanParser(), Microsoft.Extensions.Options.Options.Create(new CorpusOptions()), new Recorder(reports.Add));

        var corpus = loader.Load([_folder.FullName, Path.Combine(SeedCorpus.Folder, "chengdu-2021.txt")]);

        Assert.Multiple(() =>
        {
            // Found: jilin.txt (listed), empty.txt and extra.txt (unlisted), chengdu-2021.txt; gone.txt is listed but not there.
            Assert.That(reports, Is.EqualTo(Enumerable.Range(0, 5).Select(i => new WorkProgress("files", i, 4))));
            Assert.That(corpus.Skipped.Select(s => Path.GetFileName(s.Path)), Is.EqualTo(new[] { "gone.txt", "empty.txt" }), "in the order met");
            // As when files were read while the folder was looked at: the listed file's notice, the manifest's, then the unlisted file's.
            Assert.That(corpus.Notices.Select(n => n[..n.IndexOf(": ", StringComparison.Ordinal)]),
                Is.EqualTo(new[] { "jl", Path.Combine(_folder.FullName, "corpus.json"), "extra" }));
            Assert.That(corpus.Sources.Select(Path.GetFileName), Is.EqualTo(new[] { Path.GetFileName(_folder.FullName), "jilin.txt", "empty.txt", "extra.txt", "chengdu-2021.txt" }));
        });
    }

    private sealed class Recorder(Action<WorkProgress> report) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => report(value);
    }

    [Test]
    public void User_errors_are_typed_and_name_the_path()
    {
        var missing = Path.Combine(_folder.FullName, "missing");
        File.WriteAllText(Path.Combine(_folder.FullName, "corpus.json"), """{"documents":[{"id":"x","file":"gone.txt"}]}""");
        var empty = Directory.CreateDirectory(Path.Combine(_folder.FullName, "empty"));

        Assert.Multiple(() =>
        {
            Assert.That(() => Loader().Load([missing]), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains(missing));
            Assert.That(() => Loader().Load([_folder.FullName]), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("gone.txt"));
            Assert.That(() => Loader().Load([empty.FullName]), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("no plans"));
            Assert.That(() => Loader().Load([]), Throws.InstanceOf<PolicyCompareException>());
            Assert.That(() => new FileCorpusLoader(new PlanParser(), Microsoft.Extensions.Options.Options.Create(new CorpusOptions { Strict = true }))
                    .Load([Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(SeedCorpus.Folder, "jilin-2021.txt")]),
                Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("jilin-2021"), "the same file twice, under strict loading");
        });
        var twice = Loader().Load([Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(SeedCorpus.Folder, "jilin-2021.txt")]);
        Assert.Multiple(() =>
        {
            Assert.That(twice.Documents.Select(d => d.Id), Is.EqualTo(new[] { "jilin-2021" }), "the same file twice is read once");
            Assert.That(twice.Skipped.Single().Reason, Does.Contain("already that of"));
        });
    }

    [Test]
    public void Malformed_manifest_is_reported()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "corpus.json"), "{ not json");

        Assert.That(() => Loader().Load([_folder.FullName]), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("corpus.json"));
    }

    [Test]
    public void Registered_through_dependency_injection()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddParsingStage(o => o.MaxScopeLength = 40);
        services.AddCorpusStage();
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var loader = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ICorpusLoader>(provider);

        Assert.That(loader.Load([Path.Combine(SeedCorpus.Folder, "jilin-2021.txt")]).Documents.Single().Tasks, Has.Count.EqualTo(20));
    }
}
