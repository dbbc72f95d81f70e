using System.Text.Json;
using NUnit.Framework;
using PolicyCompare.Cli.Commands;
using PolicyCompare.Tests.Parsing;

namespace PolicyCompare.Tests.Serialization;

/// <summary>The <c>policycompare parse</c> command's table, JSON and error output.</summary>
public sealed class ParseCommandTests
{
    [Test]
    public void Summary_table_lists_every_document()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ParseCommand.Run([SeedCorpus.Folder], json: false, output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(lines[0], Does.StartWith("id").And.Contain("departments").And.Contain("targets"));
            Assert.That(lines.Single(l => l.StartsWith("jingmen-2017", StringComparison.Ordinal)), Does.Contain("not stated").And.Contain("29"));
            Assert.That(lines.Single(l => l.StartsWith("innermongolia-2016", StringComparison.Ordinal)), Does.Contain("内蒙古自治区").And.Contain("46"));
            Assert.That(lines[^1], Is.EqualTo("5 documents, 146 tasks."));
        });
    }

    [Test]
    public void Lead_basis_and_parse_warnings_are_shown()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-parse-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "plan.txt"),
                "一、重点任务\n（一）提高覆盖。覆盖率达到9.9.9%。（省卫生健康委牵头）\n（二）完善制度。建立制度。（省医保局、省财政厅按职责分工负责）\n");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = ParseCommand.Run([folder], json: false, output, error);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.Zero);
                Assert.That(lines[0], Does.Contain("leads marked/rule/convention").And.Contain("warnings"));
                Assert.That(lines.Single(l => l.StartsWith("plan", StringComparison.Ordinal)), Does.Contain("1/0/1"));
                Assert.That(error.ToString(), Does.Contain("warning: plan line 2: cannot read the number in '9.9.9%'"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Parse_warnings_are_shown_on_stderr_counted_in_the_table_and_listed_in_json()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-parse-warnings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "shuffled.txt");
            File.WriteAllText(file, "某市医改工作方案\n一、改革\n（一）甲任务。\n（二）乙任务。\n三、服务\n（一）丙任务。\n二、保障\n（一）丁任务。\n");
            using var output = new StringWriter();
            using var error = new StringWriter();
            using var json = new StringWriter();

            var exit = ParseCommand.Run([file], json: false, output, error);
            ParseCommand.Run([file], json: true, json, TextWriter.Null);
            using var parsed = JsonDocument.Parse(json.ToString());
            var warning = parsed.RootElement.GetProperty("documents")[0].GetProperty("warnings").EnumerateArray().Single();

            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.Zero);
                Assert.That(error.ToString(), Does.Contain("warning: shuffled line 7: 二、 comes after 3 at its level"));
                Assert.That(output.ToString(), Does.Contain("4 tasks, 1 parse warning."));
                Assert.That((warning.GetProperty("kind").GetString(), warning.GetProperty("line").GetInt32()), Is.EqualTo(("numberingOutOfOrder", 7)));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Json_option_prints_the_model()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ParseCommand.Run([Path.Combine(SeedCorpus.Folder, "jilin-2021.txt")], json: true, output, error);
        using var parsed = JsonDocument.Parse(output.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(parsed.RootElement.GetProperty("documents")[0].GetProperty("tasks").GetArrayLength(), Is.EqualTo(20));
        });
    }

    [Test]
    public void User_errors_print_one_line_and_exit_1()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ParseCommand.Run(["no-such-folder"], json: false, output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(error.ToString().TrimEnd(), Is.EqualTo("error: no-such-folder: no such file or folder."));
            Assert.That(output.ToString(), Is.Empty);
        });
    }
}
