using NUnit.Framework;
using PolicyCompare.Export;

namespace PolicyCompare.Tests.Robustness;

/// <summary>Issue 10 §1: the rules of <see cref="OutputFolder"/>, which every writer (report, CSV, synth) goes through.</summary>
[TestFixture]
public sealed class OutputFolderTests
{
    private Scratch _scratch = null!;

    [SetUp]
    public void SetUp() => _scratch = new Scratch();

    [TearDown]
    public void TearDown() => _scratch.Dispose();

    private static void WriteOne(OutputFolder folder, string content = "new") =>
        folder.Write(staging => File.WriteAllText(Path.Combine(staging, "result.txt"), content));

    [Test]
    public void A_new_folder_and_an_empty_folder_are_written_with_a_marker_listing_the_files()
    {
        var fresh = _scratch.Path("fresh");
        var empty = _scratch.Path("empty");
        Directory.CreateDirectory(empty);

        WriteOne(OutputFolder.Check(fresh, "report"));
        WriteOne(OutputFolder.Check(empty, "report"));

        foreach (var folder in new[] { fresh, empty })
        {
            Assert.That(File.ReadAllText(Path.Combine(folder, "result.txt")), Is.EqualTo("new"));
            Assert.That(File.ReadAllText(Path.Combine(folder, ".policycompare-report")), Is.EqualTo("policycompare report\nresult.txt\n"));
        }

        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty);
    }

    [Test]
    public void A_folder_it_wrote_is_replaced()
    {
        var target = _scratch.Path("out");
        WriteOne(OutputFolder.Check(target, "report"), "first");

        WriteOne(OutputFolder.Check(target, "report"), "second");

        Assert.That(File.ReadAllText(Path.Combine(target, "result.txt")), Is.EqualTo("second"));
        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty);
    }

    [Test]
    public void A_folder_of_the_users_files_is_refused_with_one_line_naming_it()
    {
        var notes = _scratch.UserFolder("notes");
        var before = Scratch.Snapshot(notes);

        var error = Assert.Throws<OutputFolderException>(() => OutputFolder.Check(notes, "report"))!;

        Assert.That(error.Message, Does.Contain(notes).And.Contain("--force").And.Not.Contain("\n"));
        Scratch.AssertUnchanged(notes, before);
    }

    [Test]
    public void A_folder_another_kind_wrote_is_not_replaced()
    {
        var target = _scratch.Path("tables");
        WriteOne(OutputFolder.Check(target, "csv"));

        Assert.That(() => OutputFolder.Check(target, "report"), Throws.TypeOf<OutputFolderException>().With.Message.Contains("not written by policycompare report"));
    }

    [Test]
    public void A_report_folder_the_user_added_a_file_to_is_refused_naming_the_file()
    {
        var target = _scratch.Path("out");
        WriteOne(OutputFolder.Check(target, "report"));
        Directory.CreateDirectory(Path.Combine(target, "mine"));
        File.WriteAllText(Path.Combine(target, "mine", "reading-notes.md"), "注释");

        Assert.That(() => OutputFolder.Check(target, "report"),
            Throws.TypeOf<OutputFolderException>().With.Message.Contains("mine/reading-notes.md"));
        Assert.That(File.Exists(Path.Combine(target, "mine", "reading-notes.md")), Is.True);
    }

    [Test]
    public void Force_replaces_a_folder_of_the_users_files()
    {
        var notes = _scratch.UserFolder("notes");

        WriteOne(OutputFolder.Check(notes, "report", force: true));

        Assert.That(Directory.GetFiles(notes).Select(Path.GetFileName), Is.EquivalentTo(new[] { "result.txt", ".policycompare-report" }));
    }

    [TestCase("")]
    [TestCase("  ")]
    public void An_empty_path_is_a_user_error(string path) =>
        Assert.That(() => OutputFolder.Check(path, "report"), Throws.TypeOf<OutputFolderException>().With.Message.Contains("empty"));

    [Test]
    public void An_existing_file_is_refused()
    {
        var file = _scratch.Path("report");
        File.WriteAllText(file, "a file");

        Assert.That(() => OutputFolder.Check(file, "report", force: true), Throws.TypeOf<OutputFolderException>().With.Message.Contains("a file with that name exists"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("a file"));
    }

    [Test]
    public void Even_with_force_an_input_or_a_folder_holding_an_input_is_refused()
    {
        var plans = _scratch.SeedCopy();
        var before = Scratch.Snapshot(_scratch.Root);
        var plan = Path.Combine(plans, "jilin-2021.txt");

        Assert.Multiple(() =>
        {
            Assert.That(() => OutputFolder.Check(plans, "report", [plans], force: true), Throws.TypeOf<OutputFolderException>().With.Message.Contains("this is an input"));
            Assert.That(() => OutputFolder.Check(_scratch.Root, "report", [plans], force: true), Throws.TypeOf<OutputFolderException>().With.Message.Contains("holds the input"));
            Assert.That(() => OutputFolder.Check(plans, "report", [plan], force: true), Throws.TypeOf<OutputFolderException>().With.Message.Contains("holds the input"));
        });
        Scratch.AssertUnchanged(_scratch.Root, before);
    }

    [Test]
    public void Even_with_force_a_symbolic_link_to_an_input_is_refused()
    {
        var plans = _scratch.SeedCopy();
        var link = _scratch.Path("link");
        Directory.CreateSymbolicLink(link, plans);

        Assert.That(() => OutputFolder.Check(link, "report", [plans], force: true), Throws.TypeOf<OutputFolderException>());
        Assert.That(() => OutputFolder.Check(plans, "report", [link], force: true), Throws.TypeOf<OutputFolderException>());
        Assert.That(File.Exists(Path.Combine(plans, "corpus.json")), Is.True);
    }

    [Test]
    [NonParallelizable] // changes the process's current folder
    public void Even_with_force_the_current_folder_and_its_ancestors_are_refused()
    {
        var work = _scratch.UserFolder("work");
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = work;
            Assert.Multiple(() =>
            {
                Assert.That(() => OutputFolder.Check(".", "report", force: true), Throws.TypeOf<OutputFolderException>().With.Message.Contains("current folder"));
                Assert.That(() => OutputFolder.Check("..", "report", force: true), Throws.TypeOf<OutputFolderException>().With.Message.Contains("current folder"));
                Assert.That(() => OutputFolder.Check(work + "/", "report", force: true), Throws.TypeOf<OutputFolderException>());
            });
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.That(File.Exists(Path.Combine(work, "notes.txt")), Is.True);
    }

    [Test]
    public void Even_with_force_the_home_folder_and_the_root_are_refused()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.That(home, Is.Not.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(() => OutputFolder.Check(home, "report", force: true), Throws.TypeOf<OutputFolderException>().With.Message.Contains("home folder"));
            Assert.That(() => OutputFolder.Check(Path.GetPathRoot(home)!, "report", force: true), Throws.TypeOf<OutputFolderException>());
        });
    }

    [Test]
    public void A_failing_or_cancelled_write_leaves_the_earlier_folder_and_no_staging_folder()
    {
        var target = _scratch.Path("out");
        WriteOne(OutputFolder.Check(target, "report"), "earlier");
        var before = Scratch.Snapshot(target);
        using var cancel = new CancellationTokenSource();

        Assert.That(() => OutputFolder.Check(target, "report").Write(_ => throw new IOException("disk full")),
            Throws.TypeOf<OutputFolderException>().With.Message.Contains("disk full"));
        Assert.That(() => OutputFolder.Check(target, "report").Write(staging =>
        {
            File.WriteAllText(Path.Combine(staging, "result.txt"), "half");
            cancel.Cancel();
            cancel.Token.ThrowIfCancellationRequested();
        }, cancel.Token), Throws.InstanceOf<OperationCanceledException>());

        Scratch.AssertUnchanged(target, before);
        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty);
    }

    [Test]
    public void The_checks_run_again_when_writing()
    {
        var target = _scratch.Path("out");
        var checkedEarly = OutputFolder.Check(target, "report");
        _scratch.UserFolder("out", "arrived-meanwhile.txt");

        Assert.That(() => WriteOne(checkedEarly), Throws.TypeOf<OutputFolderException>());
        Assert.That(File.Exists(Path.Combine(target, "arrived-meanwhile.txt")), Is.True);
    }
}
