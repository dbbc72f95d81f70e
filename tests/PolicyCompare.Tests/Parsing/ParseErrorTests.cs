using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

public sealed class ParseErrorTests
{
    [Test]
    public void Text_without_tasks_names_the_document_and_what_was_expected()
    {
        var parser = new PlanParser();

        Assert.That(() => parser.Parse("这是一段没有编号的文字。\n第二段文字。", new DocumentMetadata("notes") { File = "notes.txt" }),
            Throws.TypeOf<PolicyParseException>().With.Message.Contains("notes.txt").And.Message.Contains("numbered tasks"));
    }

    [Test]
    public void Blank_text_is_rejected()
    {
        Assert.That(() => new PlanParser().Parse("  \n\t ", new DocumentMetadata("blank")),
            Throws.TypeOf<PolicyParseException>().With.Message.Contains("blank").And.Message.Contains("empty"));
    }

    [TestCase(new byte[0], "empty")]
    [TestCase(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x00, 0x10, 0x11 }, "binary")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48 }, "binary")]
    public void Empty_and_binary_files_are_rejected_with_the_file_name(byte[] bytes, string reason)
    {
        var folder = Directory.CreateTempSubdirectory("pc-bad-");
        try
        {
            var path = Path.Combine(folder.FullName, "bad.txt");
            File.WriteAllBytes(path, bytes);

            Assert.That(() => new FileCorpusLoader(new PlanParser()).Load([path]),
                Throws.TypeOf<PolicyParseException>().With.Message.Contains(path).And.Message.Contains(reason));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Test]
    public void Invalid_options_are_rejected()
    {
        Assert.That(() => new PlanParser(new ParsingOptions { MaxScopeLength = 0 }), Throws.InstanceOf<System.ComponentModel.DataAnnotations.ValidationException>());
    }
}
